import { HistoryList } from '../workflow/HistoryList';

const WorkOrderTransitionList = () => <HistoryList keyField="toilet_work_order_id" reference="toilet_work_orders" />;

export default WorkOrderTransitionList;
