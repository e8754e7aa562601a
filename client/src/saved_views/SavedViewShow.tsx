import { Box, Typography } from '@mui/material';
import {
  BooleanField, FunctionField, Labeled, Link, ReferenceField, Show, TextField, TopToolbar, useRecordContext, useTranslate, type RaRecord,
} from 'react-admin';
import { columnsOf } from '../../../db/columns';
import { resources } from '../../../db/schema';
import { Value } from '../common/ChangeList';
import { EditIfAllowed } from '../common/EditGuard';
import { JaDateTimeField } from '../common/fields';
import { ShowSection } from '../common/Section';
import { listPath } from './listPath';

/** The saved filter as the list would show it: field labels and their values, never the stored JSON. */
const Conditions = () => {
  const view = useRecordContext();
  const translate = useTranslate();
  if (!view) return null;
  const definition = resources.find((r) => r.name === view.resource);
  const columns = definition ? columnsOf(definition) : [];
  const label = (field: string) => translate(`resources.${view.resource}.fields.${field}`, { _: field });
  const entries = Object.entries((view.filter ?? {}) as Record<string, unknown>);
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {entries.map(([key, value]) => {
        const field = key.replace(/_(gte|lte|gt|lt|neq)$/, '');
        const column = columns.find((c) => c.name === field);
        return (
          <Typography component="li" variant="body2" key={key}>
            {label(key)}: <Value resource={view.resource} field={field} column={column} reference={definition?.references[field]} value={value} />
          </Typography>
        );
      })}
      {view.sort && <Typography component="li" variant="body2">{translate('app.views.sorted', { field: label(view.sort.field), order: translate(`app.views.${view.sort.order}`) })}</Typography>}
      {view.columns && <Typography component="li" variant="body2">{translate('app.views.columns', { columns: view.columns.map(label).join('、') })}</Typography>}
    </Box>
  );
};

const SavedViewShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<TopToolbar><EditIfAllowed /></TopToolbar>}>
      <ShowSection title="app.sections.basic">
        <TextField source="name" />
        <FunctionField source="resource" render={(v: RaRecord) => translate(`resources.${v.resource}.name`, { smart_count: 2 })} />
        <BooleanField source="shared" />
        <ReferenceField source="owner_user_id" reference="users" link={false} />
        <JaDateTimeField source="updated_at" />
        <FunctionField label="app.views.actions" render={(v: RaRecord) => <Link to={listPath(v)}>{translate('app.views.open')}</Link>} />
      </ShowSection>
      <Box sx={{ px: 2, pb: 2 }}>
        <Labeled label="resources.saved_views.fields.filter"><Conditions /></Labeled>
      </Box>
    </Show>
  );
};

export default SavedViewShow;
