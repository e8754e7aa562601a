import {
  AutocompleteInput, BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List, ReferenceField,
  ReferenceInput, SearchInput, TopToolbar,
} from 'react-admin';
import { EnumField, JaDateField, SetField, YenField } from '../common/fields';
import { EnumInput, SetInput } from '../common/inputs';

const nowrap = {
  '& .column-entry_no, & .column-status, & .column-award, & .column-submitted_on': { whiteSpace: 'nowrap' },
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="edition_id"
    source="edition_id"
    reference="c1_editions"
    sort={{ field: 'edition_no', order: 'DESC' }}
    alwaysOn
  >
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <EnumInput key="status" source="status" alwaysOn />,
  <EnumInput key="award" source="award" />,
  <SetInput key="themes" source="themes" />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers">
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
];

const C1EntryListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const C1EntryList = () => (
  <List filters={filters} actions={<C1EntryListActions />} sort={{ field: 'entry_no', order: 'ASC' }} perPage={25}>
    <DataTable
      sx={nowrap}
      rowClick="edit"
      bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}
      hiddenColumns={['themes', 'budget_requested', 'submitted_on']}
    >
      <DataTable.Col source="edition_id">
        <ReferenceField source="edition_id" reference="c1_editions" link="show" />
      </DataTable.Col>
      <DataTable.NumberCol source="entry_no" />
      <DataTable.Col source="citizen_center_id">
        <ReferenceField source="citizen_center_id" reference="citizen_centers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="themes" field={SetField} disableSort />
      <DataTable.Col source="budget_requested" field={YenField} align="right" />
      <DataTable.Col source="submitted_on" field={JaDateField} />
      <DataTable.Col source="status" field={EnumField} />
      <DataTable.Col source="award" field={EnumField} />
    </DataTable>
  </List>
);

export default C1EntryList;
