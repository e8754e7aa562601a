import { DataTable, List, ReferenceInput, SearchInput } from 'react-admin';
import { EnumField, JaDateField, SetField, YenField } from '../common/fields';
import { EnumInput, SetInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete, nowrap, ResponsiveTable, CardLine, Ref } from '../common/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="edition_id"
    source="edition_id"
    reference="c1_editions"
    sort={{ field: 'edition_no', order: 'DESC' }}
    alwaysOn
  />,
  <EnumInput key="status" source="status" alwaysOn />,
  <EnumInput key="award" source="award" />,
  <SetInput key="themes" source="themes" />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" />,
];

const C1EntryList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'entry_no', order: 'ASC' }} perPage={25}>
    <ResponsiveTable secondary={<CardLine><Ref source="citizen_center_id" reference="citizen_centers" /><EnumField source="status" /></CardLine>}>
      <DataTable
        sx={nowrap('entry_no', 'status', 'award', 'submitted_on')}
       
        bulkActionButtons={useBulkDelete()}
        hiddenColumns={['themes', 'budget_requested', 'submitted_on']}
      >
        <ReferenceCol source="edition_id" reference="c1_editions" link="show" />
        <DataTable.NumberCol source="entry_no" />
        <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
        <DataTable.Col source="title" />
        <DataTable.Col source="themes" field={SetField} disableSort />
        <DataTable.Col source="budget_requested" field={YenField} align="right" />
        <DataTable.Col source="submitted_on" field={JaDateField} />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="award" field={EnumField} />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default C1EntryList;
