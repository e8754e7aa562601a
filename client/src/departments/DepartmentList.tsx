import { DataTable, List, NullableBooleanInput } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ListActions, useBulkDelete, ResponsiveTable } from '../common/list';
import { DateCol, EnumCol, NumberCol } from '../common/columns';
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
        <NumberCol source="sort_order" />
        <DataTable.Col source="bureau" />
        <DataTable.Col source="section" />
        <EnumCol source="kind" />
        <DataTable.Col source="is_placeholder" field={PlaceholderChip} />
        <DateCol source="valid_from" />
        <DateCol source="valid_to" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default DepartmentList;
