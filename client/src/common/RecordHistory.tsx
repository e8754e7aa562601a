import { Accordion, AccordionDetails, AccordionSummary, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Confirm, RecordContextProvider, useCanAccess, useGetList, useNotify, useRecordContext, useRefresh,
  useResourceContext, useTranslate, Button,
} from 'react-admin';
import { useState } from 'react';
import { apiFetch } from '../providers';
import { useFieldAccess } from './access';
import { ChangeList } from './ChangeList';
import { EnumField, JaDateTimeField } from './fields';

const undoable = ['update', 'restore', 'transition'];

const RestoreButton = ({ eventId }: { eventId: number }) => {
  const [open, setOpen] = useState(false);
  const record = useRecordContext()!;
  const resource = useResourceContext()!;
  const notify = useNotify();
  const refresh = useRefresh();
  const restore = async () => {
    setOpen(false);
    const res = await apiFetch(`/${resource}/${record.id}/restore`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ audit_event_id: eventId }),
    });
    const body = await res.json();
    notify(res.ok ? 'app.history.restored' : body.message, { type: res.ok ? 'success' : 'error' });
    refresh();
  };
  return (
    <>
      <Button label="app.history.restore" onClick={() => setOpen(true)} />
      <Confirm isOpen={open} title="app.history.restore" content="app.history.restore_confirm" onConfirm={restore} onClose={() => setOpen(false)} />
    </>
  );
};

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
    <Accordion sx={{ mt: 2 }} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>{translate('app.history.title')}</AccordionSummary>
      <AccordionDetails><Events /></AccordionDetails>
    </Accordion>
  );
};
