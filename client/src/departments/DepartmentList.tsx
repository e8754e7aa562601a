import {
  BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List, NullableBooleanInput, SearchInput,
  TopToolbar,
} from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { PlaceholderChip } from './PlaceholderChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" alwaysOn />,
  <NullableBooleanInput key="is_placeholder" source="is_placeholder" />,
];

const DepartmentListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const DepartmentList = () => (
  <List filters={filters} actions={<DepartmentListActions />} sort={{ field: 'bureau', order: 'ASC' }} perPage={25}>
    <DataTable
      rowClick="edit"
      bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}
      hiddenColumns={['valid_from', 'valid_to']}
    >
      <DataTable.Col source="bureau" />
      <DataTable.Col source="section" />
      <DataTable.Col source="kind" field={EnumField} />
      <DataTable.Col source="is_placeholder" field={PlaceholderChip} />
      <DataTable.Col source="valid_from" field={JaDateField} />
      <DataTable.Col source="valid_to" field={JaDateField} />
    </DataTable>
  </List>
);

export default DepartmentList;
