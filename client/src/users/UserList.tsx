import { BooleanField, DataTable, List, ReferenceInput } from 'react-admin';
import { EnumCol } from '../common/columns';
import { SearchInput } from '../common/SearchInput';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete, ResponsiveTable, CardLine, Ref } from '../common/list';
import { useFieldAccess } from '../common/access';
import { departmentOrder } from '../common/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" alwaysOn />,
  <ReferenceInput
    key="department_id"
    source="department_id"
    reference="departments"
    sort={departmentOrder}
  />,
];

const UserList = () => {
  const { readable } = useFieldAccess('users');
  return (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'display_name', order: 'ASC' }} perPage={25}>
    <ResponsiveTable secondary={<CardLine><EnumField source="role" /><Ref source="department_id" reference="departments" /></CardLine>}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        {readable('login') && <DataTable.Col source="login" />}
        <DataTable.Col source="display_name" />
        <EnumCol source="role" />
        <ReferenceCol source="department_id" reference="departments" />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </ResponsiveTable>
  </List>
  );
};

export default UserList;
