import { BooleanField, CreateButton, DataTable, FunctionField, Link, List, ReferenceField, TopToolbar, useTranslate, type RaRecord } from 'react-admin';
import { Stack } from '@mui/material';
import type { MouseEvent } from 'react';
import { useBulkDelete, ResponsiveTable, Ref } from '../common/list';
import { JaDateTimeField } from '../common/fields';
import { listPath } from './listPath';


const stop = (event: MouseEvent) => event.stopPropagation();

const Open = () => {
  const translate = useTranslate();
  return (
    <FunctionField render={(view: RaRecord) => (
      <Stack direction="row" spacing={2}>
        <Link to={listPath(view)} onClick={stop}>{translate('app.views.open')}</Link>
        {view.resource === 'request_tasks' && <Link to={`/meeting/${view.id}`} onClick={stop}>{translate('app.meeting.title')}</Link>}
      </Stack>
    )} />
  );
};

const SavedViewList = () => {
  const translate = useTranslate();
  return (
    <List actions={<TopToolbar><CreateButton /></TopToolbar>} sort={{ field: 'name', order: 'ASC' }}>
      <ResponsiveTable secondary={<Ref source="owner_user_id" reference="users" />}>
      <DataTable bulkActionButtons={useBulkDelete()}>
          <DataTable.Col source="name" />
          <DataTable.Col source="resource" render={(v) => translate(`resources.${v.resource}.name`, { smart_count: 2 })} />
          <DataTable.Col source="shared" field={BooleanField} />
          <DataTable.Col source="owner_user_id"><ReferenceField source="owner_user_id" reference="users" link={false} /></DataTable.Col>
          <DataTable.Col source="updated_at" field={JaDateTimeField} />
          <DataTable.Col label="app.views.actions" disableSort><Open /></DataTable.Col>
        </DataTable>
    </ResponsiveTable>
    </List>
  );
};

export default SavedViewList;
