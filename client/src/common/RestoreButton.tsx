import { useState } from 'react';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Button, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import { apiFetch } from '../providers';
import { ChangeList } from './ChangeList';

type Preview = { changes: Record<string, { old: unknown; new: unknown }>; kept: string[] };
type Problem = { message: string; errors?: Record<string, string> };

/** 以前の内容に戻す: the server's dry run says exactly what will be written and what stays, before anything is. */
export const RestoreButton = ({ eventId }: { eventId: number }) => {
  const record = useRecordContext()!;
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [open, setOpen] = useState(false);
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  const kept = (preview?.kept ?? []).map((f) => `「${label(f)}」`).join('、');
  const post = async (dryRun: boolean) => {
    const res = await apiFetch(`/${resource}/${record.id}/restore`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ audit_event_id: eventId, dry_run: dryRun }),
    });
    const body = await res.json();
    if (!res.ok) setProblem(body);
    return res.ok ? body : null;
  };
  const start = async () => {
    setProblem(null);
    setPreview(await post(true));
    setOpen(true);
  };
  const restore = async () => {
    if (!(await post(false))) return;
    setOpen(false);
    notify(kept ? 'app.history.restored_kept' : 'app.history.restored', { type: 'success', messageArgs: { fields: kept } });
    refresh();
  };
  return (
    <>
      <Button label="app.history.restore" onClick={start} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.history.restore')}</DialogTitle>
        <DialogContent>
          {problem && (
            <Alert severity="error" sx={{ mb: 2 }}>
              <Typography variant="body2">{problem.message}</Typography>
              {Object.entries(problem.errors ?? {}).map(([field, message]) => (
                <Typography variant="body2" key={field}>{label(field)}: {message}</Typography>
              ))}
            </Alert>
          )}
          {preview && <Typography variant="body2" sx={{ mb: 1 }}>{translate('app.history.restore_confirm')}</Typography>}
          {preview && <ChangeList resource={resource} changes={preview.changes} />}
          {kept && <Alert severity="info" sx={{ mt: 2 }}>{translate('app.history.kept', { fields: kept })}</Alert>}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          {preview && !problem && <MuiButton variant="contained" onClick={restore}>{translate('app.history.restore_submit')}</MuiButton>}
        </DialogActions>
      </Dialog>
    </>
  );
};
