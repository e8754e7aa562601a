import { DataTable, Link, List, ReferenceManyCountBase, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { FiscalYearField, JaDateField } from '../common/fields';
import { ListActions, useBulkDelete, ResponsiveTable } from '../common/list';
import { DateCol, NumberCol } from '../common/columns';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The session's task count, linking to those tasks; while it loads the link still has a name a screen reader can read. */
const TaskCount = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link
      to={{ pathname: createPath({ resource: 'request_tasks', type: 'list' }), search: `filter=${JSON.stringify({ pt_session_id: record.id })}` }}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      <ReferenceManyCountBase reference="request_tasks" target="pt_session_id" timeout={0} loading={translate('ra.page.loading')} error="—" />
    </Link>
  );
};

const PtSessionList = () => (
  <List filters={filters} actions={<ListActions filterButton={false} />} sort={{ field: 'held_on', order: 'DESC' }}>
    <ResponsiveTable secondary={<JaDateField source="held_on" />}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <NumberCol source="session_no" />
        <DataTable.Col source="name" />
        <DateCol source="held_on" />
        <DataTable.Col label="app.meeting.tasks" disableSort>
          <TaskCount />
        </DataTable.Col>
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default PtSessionList;
