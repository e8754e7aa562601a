import { DataTable, List } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { FiscalYearField, JaDateField } from '../common/fields';
import { FiscalYearInput } from '../common/inputs';
import { ListActions, useBulkDelete, nowrap, ResponsiveTable } from '../common/list';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FiscalYearInput key="fiscal_year" source="fiscal_year" alwaysOn />,
];

const C1EditionList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'edition_no', order: 'DESC' }}>
    <ResponsiveTable secondary={<FiscalYearField source="fiscal_year" />}>
      <DataTable
        sx={nowrap('entry_open', 'entry_close', 'screening_date', 'final_date')}
       
        bulkActionButtons={useBulkDelete()}
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
    </ResponsiveTable>
  </List>
);

export default C1EditionList;
