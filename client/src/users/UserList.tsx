import {
  AutocompleteInput, BooleanField, BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List,
  ReferenceField, ReferenceInput, SearchInput, TopToolbar,
} from 'react-admin';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" alwaysOn />,
  <ReferenceInput
    key="department_id"
    source="department_id"
    reference="departments"
    sort={{ field: 'bureau', order: 'ASC' }}
  >
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
];

const UserListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const UserList = () => (
  <List filters={filters} actions={<UserListActions />} sort={{ field: 'login', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <DataTable.Col source="login" />
      <DataTable.Col source="display_name" />
      <DataTable.Col source="role" field={EnumField} />
      <DataTable.Col source="department_id">
        <ReferenceField source="department_id" reference="departments" link={false} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);

export default UserList;
