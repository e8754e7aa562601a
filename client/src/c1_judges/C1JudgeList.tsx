import { AutocompleteInput, DataTable, List, ReferenceInput } from 'react-admin';
import { EnumCol } from '../common/columns';
import { EnumField, SetField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ListActions, ReferenceCol, ResponsiveTable, useBulkDelete, CardLine } from '../common/list';
import { useActor } from '../common/access';

const filters = [
  <ReferenceInput key="edition_id" source="edition_id" reference="c1_editions" sort={{ field: 'edition_no', order: 'DESC' }} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <EnumInput key="kind" source="kind" alwaysOn sx={{ minWidth: 160 }} />,
];

const C1JudgeList = () => {
  const staff = useActor()?.role !== 'judge';
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
      <ResponsiveTable secondary={<CardLine><EnumField source="kind" /><SetField source="rounds" /></CardLine>}>
        <DataTable bulkActionButtons={useBulkDelete()}>
          <ReferenceCol source="edition_id" reference="c1_editions" />
          <DataTable.Col source="display_name" />
          <EnumCol source="kind" />
          <DataTable.Col source="rounds" field={SetField} disableSort />
          {staff && <ReferenceCol source="user_id" reference="users" />}
        </DataTable>
      </ResponsiveTable>
    </List>
  );
};

export default C1JudgeList;
