import { Alert, Stack, Typography } from '@mui/material';
import { DataTable, Link, List, RecordRepresentation, ReferenceField, Title, useTranslate } from 'react-admin';
import { DateCol, EnumCol } from '../common/columns';
import { grantFor, type Actor } from '../../../db/policy';
import { enums } from '../../../db/schema';
import { todayIso } from '../common/fiscalYear';

const overdue = (task: { next_action_due?: string | null }) =>
  task.next_action_due && task.next_action_due < todayIso() ? { color: 'error.main', fontWeight: 'bold' } : {};

/** A department contact's home: their own tasks still open for an answer, the nearest deadline first. */
export const MyTasks = ({ actor }: { actor: Actor }) => {
  const translate = useTranslate();
  const open = grantFor(actor, 'request_tasks')?.editableWhile?.status as string[];
  const filter = { status: open };
  const answered = enums.task_status.filter((status) => !open.includes(status));
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title="app.home.my_tasks" />
      <Typography variant="h5" component="p">{translate('app.home.my_tasks')}</Typography>
      {actor.department_id && (
        <ReferenceField
          record={{ id: actor.id, department_id: actor.department_id }} source="department_id" reference="departments" link={false}
        >
          <Typography variant="subtitle1" component="p"><RecordRepresentation /></Typography>
        </ReferenceField>
      )}
      <Typography variant="body2">{translate('app.home.my_tasks_hint')}</Typography>
      <List
        resource="request_tasks" filter={filter} sort={{ field: 'next_action_due', order: 'ASC' }} perPage={25}
        disableSyncWithLocation actions={false} title={false} storeKey="home.my_tasks"
        empty={<Alert severity="success">{translate('app.home.no_tasks')}</Alert>}
      >
        <DataTable bulkActionButtons={false} rowClick="edit">
          <DataTable.Col source="task_code" />
          <DataTable.Col source="title" />
          <EnumCol source="status" />
          <DateCol source="next_action_due" cellSx={overdue} />
        </DataTable>
      </List>
      <Link to={`/request_tasks?filter=${encodeURIComponent(JSON.stringify({ status: answered }))}`}>{translate('app.home.answered')}</Link>
    </Stack>
  );
};
