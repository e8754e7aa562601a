import { DataTable, List, ReferenceField, ReferenceInput, TopToolbar, FilterButton } from 'react-admin';
import { EnumField, JaDateTimeField } from '../common/fields';
import { ResponsiveTable, CardLine, Ref } from '../common/list';
import { EnumCol, NumberCol } from '../common/columns';

const filters = [
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" alwaysOn />,
];

/** What each completed work order converted, per location: the stalls a reopen gives back. */
const ConversionList = () => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <ResponsiveTable
      primary={<Ref source="citizen_center_id" reference="citizen_centers" />}
      secondary={<CardLine><EnumField source="location" /><Ref source="toilet_work_order_id" reference="toilet_work_orders" /></CardLine>}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="created_at" field={JaDateTimeField} />
        <DataTable.Col source="toilet_work_order_id">
          <ReferenceField source="toilet_work_order_id" reference="toilet_work_orders" link="show" />
        </DataTable.Col>
        <DataTable.Col source="citizen_center_id">
          <ReferenceField source="citizen_center_id" reference="citizen_centers" link="show" />
        </DataTable.Col>
        <EnumCol source="location" />
        <NumberCol source="stalls" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default ConversionList;
