import { Accordion, AccordionDetails, AccordionSummary, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { RecordContextProvider, useCanAccess, useGetList, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useFieldAccess } from './access';
import { ChangeList } from './ChangeList';
import { RestoreButton } from './RestoreButton';
import { EnumField, JaDateTimeField } from './fields';

const undoable = ['update', 'restore', 'transition'];

const Events = () => {
  const record = useRecordContext()!;
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const { restorable } = useFieldAccess();
  const { data = [] } = useGetList('audit_events', {
    filter: { resource, record_id: record.id }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 100 },
  });
  if (!data.length) return <Typography variant="body2">{translate('app.history.empty')}</Typography>;
  return (
    <Stack spacing={1.5}>
      {data.map((event) => (
        <RecordContextProvider key={event.id} value={event}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <JaDateTimeField source="created_at" />
            <Typography variant="body2">{event.actor}</Typography>
            <EnumField source="action" resource="audit_events" />
            {restorable && undoable.includes(event.action) && (
              <RecordContextProvider value={record}><RestoreButton eventId={event.id as number} /></RecordContextProvider>
            )}
          </Stack>
          <ChangeList resource={resource} changes={event.changes} />
        </RecordContextProvider>
      ))}
    </Stack>
  );
};

export const RecordHistory = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'audit_events', action: 'list' });
  const record = useRecordContext();
  if (!canAccess || !record) return null;
  return (
    <Accordion sx={{ mt: 2 }} slotProps={{ transition: { unmountOnExit: true }, heading: { component: 'h2' } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>{translate('app.history.title')}</AccordionSummary>
      <AccordionDetails><Events /></AccordionDetails>
    </Accordion>
  );
};
