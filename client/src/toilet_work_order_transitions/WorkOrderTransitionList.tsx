import { HistoryList } from '../workflow/HistoryList';

const WorkOrderTransitionList = () => <HistoryList source="toilet_work_order_id" reference="toilet_work_orders" />;

export default WorkOrderTransitionList;
