import { DataTable, List } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { FiscalYearField } from '../common/fields';
import { FiscalYearInput } from '../common/inputs';
import { ListActions, useBulkDelete, nowrap, ResponsiveTable } from '../common/list';
import { DateCol, NumberCol } from '../common/columns';

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
        <NumberCol source="edition_no" />
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <DataTable.Col source="name" />
        <DateCol source="entry_open" />
        <DateCol source="entry_close" />
        <DateCol source="screening_date" />
        <DateCol source="final_date" />
        <NumberCol source="finalist_quota" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default C1EditionList;
