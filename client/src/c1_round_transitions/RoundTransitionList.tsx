import { HistoryList } from '../workflow/HistoryList';

const RoundTransitionList = () => <HistoryList source="c1_round_id" reference="c1_rounds" />;

export default RoundTransitionList;
