import {
  AutocompleteInput, BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List, ReferenceField,
  ReferenceInput, SearchInput, SelectArrayInput, TopToolbar,
} from 'react-admin';
import { choicesFor } from '../common/choices';
import { EnumField, FiscalYearField, YenField } from '../common/fields';
import { EnumInput, FiscalYearInput } from '../common/inputs';
import { PlannedPeriod } from './PlannedPeriod';

const nowrap = {
  '& .column-order_no, & .column-citizen_center_id, & .column-status, & .column-priority, & .column-contract_amount': {
    whiteSpace: 'nowrap',
  },
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={choicesFor('toilet_work_orders', 'status')} alwaysOn />,
  <EnumInput key="priority" source="priority" />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers">
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <FiscalYearInput key="fiscal_year" source="fiscal_year" />,
  <EnumInput key="procurement_method" source="procurement_method" />,
  <EnumInput key="funding_source" source="funding_source" />,
];

const ToiletWorkOrderListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const ToiletWorkOrderList = () => (
  <List
    filters={filters}
    actions={<ToiletWorkOrderListActions />}
    sort={{ field: 'order_no', order: 'DESC' }}
    perPage={25}
  >
    <DataTable
      sx={nowrap}
      rowClick="show"
      bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}
      hiddenColumns={['fiscal_year', 'procurement_method']}
    >
      <DataTable.Col source="order_no" />
      <DataTable.Col source="fiscal_year" field={FiscalYearField} />
      <DataTable.Col source="citizen_center_id">
        <ReferenceField source="citizen_center_id" reference="citizen_centers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="status" field={EnumField} />
      <DataTable.Col source="priority" field={EnumField} />
      <DataTable.NumberCol source="planned_conversions" />
      <DataTable.Col
        source="planned_start"
        label="resources.toilet_work_orders.fields.planned_period"
        field={PlannedPeriod}
      />
      <DataTable.Col source="procurement_method" field={EnumField} />
      <DataTable.Col source="contract_amount" field={YenField} align="right" />
      <DataTable.Col source="contractor" />
    </DataTable>
  </List>
);

export default ToiletWorkOrderList;
