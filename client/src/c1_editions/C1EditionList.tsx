import {
  BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List, SearchInput, TopToolbar,
} from 'react-admin';
import { FiscalYearField, JaDateField } from '../common/fields';
import { FiscalYearInput } from '../common/inputs';

const nowrap = {
  '& .column-entry_open, & .column-entry_close, & .column-screening_date, & .column-final_date': { whiteSpace: 'nowrap' },
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FiscalYearInput key="fiscal_year" source="fiscal_year" alwaysOn />,
];

const C1EditionListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const C1EditionList = () => (
  <List filters={filters} actions={<C1EditionListActions />} sort={{ field: 'edition_no', order: 'DESC' }}>
    <DataTable
      sx={nowrap}
      rowClick="show"
      bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}
      hiddenColumns={['entry_open', 'screening_date']}
    >
      <DataTable.NumberCol source="edition_no" />
      <DataTable.Col source="fiscal_year" field={FiscalYearField} />
      <DataTable.Col source="name" />
      <DataTable.Col source="entry_open" field={JaDateField} />
      <DataTable.Col source="entry_close" field={JaDateField} />
      <DataTable.Col source="screening_date" field={JaDateField} />
      <DataTable.Col source="final_date" field={JaDateField} />
      <DataTable.NumberCol source="finalist_quota" />
    </DataTable>
  </List>
);

export default C1EditionList;
