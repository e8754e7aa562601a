import { HistoryList } from '../workflow/HistoryList';

const TransitionList = () => <HistoryList keyField="request_task_id" reference="request_tasks" />;

export default TransitionList;
