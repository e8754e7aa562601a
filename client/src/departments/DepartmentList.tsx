import { DataTable, List, NullableBooleanInput } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { EnumField, JaDateField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ListActions, useBulkDelete, ResponsiveTable } from '../common/list';
import { PlaceholderChip } from './PlaceholderChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" alwaysOn />,
  <NullableBooleanInput key="is_placeholder" source="is_placeholder" />,
];

const DepartmentList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'sort_order', order: 'ASC' }} perPage={25}>
    <ResponsiveTable secondary={<EnumField source="kind" />}>
      <DataTable bulkActionButtons={useBulkDelete()} hiddenColumns={['sort_order', 'valid_from', 'valid_to']}>
        <DataTable.NumberCol source="sort_order" />
        <DataTable.Col source="bureau" />
        <DataTable.Col source="section" />
        <DataTable.Col source="kind" field={EnumField} />
        <DataTable.Col source="is_placeholder" field={PlaceholderChip} />
        <DataTable.Col source="valid_from" field={JaDateField} />
        <DataTable.Col source="valid_to" field={JaDateField} />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default DepartmentList;
