import { DataTable, List, TextField } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { ListActions, useBulkDelete, ResponsiveTable } from '../common/list';
import { NumberCol } from '../common/columns';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const WardList = () => (
  <List filters={filters} actions={<ListActions filterButton={false} />} sort={{ field: 'sort_order', order: 'ASC' }}>
    <ResponsiveTable secondary={<TextField source="code" />}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        <NumberCol source="sort_order" />
        <DataTable.Col source="name" />
        <DataTable.Col source="code" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default WardList;
