import { DataTable, List, SearchInput } from 'react-admin';
import { ListActions, useBulkDelete } from '../common/list';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const WardList = () => (
  <List filters={filters} actions={<ListActions filterButton={false} />} sort={{ field: 'sort_order', order: 'ASC' }}>
    <DataTable bulkActionButtons={useBulkDelete()}>
      <DataTable.NumberCol source="sort_order" />
      <DataTable.Col source="name" />
      <DataTable.Col source="code" />
    </DataTable>
  </List>
);

export default WardList;
