import { BulkDeleteButton, ColumnsButton, CreateButton, DataTable, List, SearchInput, TopToolbar } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const WardListActions = () => (
  <TopToolbar>
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const WardList = () => (
  <List filters={filters} actions={<WardListActions />} sort={{ field: 'sort_order', order: 'ASC' }}>
    <DataTable rowClick="edit" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <DataTable.NumberCol source="sort_order" />
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
    </DataTable>
  </List>
);

export default WardList;
