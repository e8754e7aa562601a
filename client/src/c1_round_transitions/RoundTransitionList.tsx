import { HistoryList } from '../workflow/HistoryList';

const RoundTransitionList = () => <HistoryList keyField="c1_round_id" reference="c1_rounds" />;

export default RoundTransitionList;
