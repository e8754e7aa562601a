import { DataTable, List, ReferenceInput, TextInput } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { EnumField, FiscalYearField, YenField } from '../common/fields';
import { EnumInput, FiscalYearInput, SetInput } from '../common/inputs';
import { ListActions, ReferenceCol, nowrap, ResponsiveTable, CardLine, Ref } from '../common/list';
import { EnumCol, NumberCol } from '../common/columns';
import { PlannedPeriod } from './PlannedPeriod';
import { useBulkActions } from './BulkActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SetInput key="status" source="status" alwaysOn />,
  <EnumInput key="priority" source="priority" />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" />,
  <FiscalYearInput key="fiscal_year" source="fiscal_year" />,
  <TextInput key="lot_no" source="lot_no" />,
  <EnumInput key="procurement_method" source="procurement_method" />,
  <EnumInput key="funding_source" source="funding_source" />,
];

const ToiletWorkOrderList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'order_no', order: 'DESC' }} perPage={25}>
    <ResponsiveTable secondary={<CardLine><Ref source="citizen_center_id" reference="citizen_centers" /><EnumField source="status" /></CardLine>}>
      <DataTable
        sx={nowrap('order_no', 'citizen_center_id', 'status', 'priority', 'contract_amount')}
       
        bulkActionButtons={useBulkActions()}
        hiddenColumns={['fiscal_year', 'procurement_method']}
      >
        <DataTable.Col source="order_no" />
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
        <EnumCol source="status" />
        <EnumCol source="priority" />
        <NumberCol source="planned_conversions" />
        <DataTable.Col
          source="planned_start"
          label="resources.toilet_work_orders.fields.planned_period"
          field={PlannedPeriod}
        />
        <EnumCol source="procurement_method" />
        <DataTable.Col source="contract_amount" field={YenField} align="right" />
        <DataTable.Col source="contractor" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default ToiletWorkOrderList;
