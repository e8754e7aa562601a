import { DataTable, List, NumberInput, ReferenceInput } from 'react-admin';
import { EnumInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete, ResponsiveTable, Ref } from '../common/list';
import { inventoryColumns } from './inventoryColumns';
import { EnumField } from '../common/fields';

const filters = [
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" alwaysOn />,
  <EnumInput key="location" source="location" alwaysOn />,
  <NumberInput key="squat_count_gte" source="squat_count_gte" min={0} step={1} />,
];

const ToiletInventoryList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'citizen_center_id', order: 'ASC' }} perPage={25}>
    <ResponsiveTable primary={<Ref source="citizen_center_id" reference="citizen_centers" />} secondary={<EnumField source="location" />}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
        {inventoryColumns}
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default ToiletInventoryList;
