import { DataTable, List, ReferenceManyCount } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { FiscalYearField, JaDateField } from '../common/fields';
import { ListActions, useBulkDelete, ResponsiveTable } from '../common/list';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const PtSessionList = () => (
  <List filters={filters} actions={<ListActions filterButton={false} />} sort={{ field: 'held_on', order: 'DESC' }}>
    <ResponsiveTable secondary={<JaDateField source="held_on" />}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <DataTable.NumberCol source="session_no" />
        <DataTable.Col source="name" />
        <DataTable.Col source="held_on" field={JaDateField} />
        <DataTable.Col label="app.meeting.tasks" disableSort>
          <ReferenceManyCount reference="request_tasks" target="pt_session_id" link />
        </DataTable.Col>
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default PtSessionList;
