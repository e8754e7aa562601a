import { HistoryList } from '../workflow/HistoryList';

const CaseTransitionList = () => <HistoryList source="practice_case_id" reference="practice_cases" />;

export default CaseTransitionList;
