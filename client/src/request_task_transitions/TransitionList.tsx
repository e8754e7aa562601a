import { HistoryList } from '../workflow/HistoryList';

const TransitionList = () => <HistoryList source="request_task_id" reference="request_tasks" />;

export default TransitionList;
