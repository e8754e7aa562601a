import { useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { send, type Problem } from './api';
import type { Result } from './types';

type Props = { roundId: number; quota: number; rows: Result[]; onDone: () => void };

/** 本選出場の決定 from the closed screening ranking, all or nothing; a tie at the quota asks which of the tied go through. */
export const FinalistsButton = ({ roundId, quota, rows, onDone }: Props) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`app.c1.${key}`, args);
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [tied, setTied] = useState<number[] | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const boundary = tied ? rows.find((r) => r.entry_id === tied[0])?.rank ?? 0 : 0;
  const above = rows.filter((r) => r.rank !== null && r.rank < boundary).map((r) => r.entry_id);
  const submit = async () => {
    try {
      await send('POST', `/c1_rounds/${roundId}/finalists`, tied ? { entry_ids: [...above, ...picked] } : {});
      setOpen(false);
      notify(t('selected'), { type: 'success' });
      onDone();
    } catch (error) {
      const { status, body, message } = error as Problem;
      if (status === 409 && Array.isArray(body?.tied_entry_ids)) setTied(body.tied_entry_ids as number[]);
      setProblem(message);
    }
  };
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  return (
    <>
      <Button variant="contained" onClick={() => { setOpen(true); setProblem(null); }}>{t('select_finalists')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="finalists-title">
        <DialogTitle id="finalists-title">{t('select_title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>{t('select_confirm', { quota })}</Typography>
          {problem && <Alert severity={tied ? 'warning' : 'error'} sx={{ mb: 1 }}>{problem}</Alert>}
          {tied && (
            <Stack>
              {rows.filter((r) => tied.includes(r.entry_id)).map((r) => (
                <FormControlLabel key={r.entry_id} control={<Checkbox checked={picked.includes(r.entry_id)} onChange={() => toggle(r.entry_id)} />} label={`No.${r.entry_no} ${r.title}`} />
              ))}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={submit}>{t('select_submit')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
