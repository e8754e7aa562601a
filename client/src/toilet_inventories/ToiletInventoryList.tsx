import { DataTable, List, NumberInput, ReferenceInput } from 'react-admin';
import { EnumInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete } from '../common/list';
import { inventoryColumns } from './inventoryColumns';

const filters = [
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" alwaysOn />,
  <EnumInput key="location" source="location" alwaysOn />,
  <NumberInput key="squat_count_gte" source="squat_count_gte" min={0} step={1} />,
];

const ToiletInventoryList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'citizen_center_id', order: 'ASC' }} perPage={25}>
    <DataTable bulkActionButtons={useBulkDelete()}>
      <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
      {inventoryColumns}
    </DataTable>
  </List>
);

export default ToiletInventoryList;
