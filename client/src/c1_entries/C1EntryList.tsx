import { AutocompleteInput, DataTable, List, Loading, ReferenceInput, useGetList } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { EnumField, SetField, YenField } from '../common/fields';
import { EnumInput, SetInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete, nowrap, ResponsiveTable, CardLine, Ref } from '../common/list';
import { DateCol, EnumCol, NumberCol } from '../common/columns';

const latestFirst = { field: 'edition_no', order: 'DESC' } as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="edition_id"
    source="edition_id"
    reference="c1_editions"
    sort={latestFirst}
    alwaysOn
  >
    <AutocompleteInput sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <EnumInput key="status" source="status" alwaysOn sx={{ minWidth: 180 }} />,
  <EnumInput key="award" source="award" sx={{ minWidth: 180 }} />,
  <SetInput key="themes" source="themes" />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" />,
];

const useLatestEdition = () => {
  const { data, isPending } = useGetList('c1_editions', { sort: latestFirst, pagination: { page: 1, perPage: 1 } });
  return { latest: data?.[0], isPending };
};

const C1EntryList = () => {
  const { latest, isPending } = useLatestEdition();
  const bulkDelete = useBulkDelete();
  if (isPending) return <Loading />;
  return (
    <List
      filters={filters}
      filterDefaultValues={latest ? { edition_id: latest.id } : {}}
      actions={<ListActions />}
      sort={{ field: 'entry_no', order: 'ASC' }}
      perPage={25}
    >
      <ResponsiveTable secondary={<CardLine><Ref source="citizen_center_id" reference="citizen_centers" /><EnumField source="status" /></CardLine>}>
        <DataTable
          sx={nowrap('edition_id', 'entry_no', 'status', 'award', 'submitted_on')}
          bulkActionButtons={bulkDelete}
          hiddenColumns={['themes', 'budget_requested', 'submitted_on']}
        >
          <ReferenceCol source="edition_id" reference="c1_editions" link="show" />
          <NumberCol source="entry_no" />
          <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
          <DataTable.Col source="title" />
          <DataTable.Col source="themes" field={SetField} disableSort />
          <DataTable.Col source="budget_requested" field={YenField} align="right" />
          <DateCol source="submitted_on" />
          <EnumCol source="status" />
          <EnumCol source="award" />
        </DataTable>
      </ResponsiveTable>
    </List>
  );
};

export default C1EntryList;
