import { useState } from 'react';
import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { enums } from '../../../db/enums';
import { send, type Problem } from './api';
import type { Result } from './types';

type Row = { award: string; prize: string; votes: string };
const digits = (s: string) => (s.trim() === '' ? null : Number(s));

/** 表彰: an award and prize per finalist from the final ranking, and the audience votes; recorded all or nothing. */
export const AwardsPanel = ({ roundId, rows, onDone }: { roundId: number; rows: Result[]; onDone: () => void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.c1.${key}`);
  const notify = useNotify();
  const [values, setValues] = useState<Record<number, Row>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const row = (id: number) => values[id] ?? { award: '', prize: '', votes: '' };
  const set = (id: number, change: Partial<Row>) => setValues((v) => ({ ...v, [id]: { ...row(id), ...change } }));
  const submit = async () => {
    const awards = rows.filter((r) => row(r.entry_id).award).map((r) => ({ entry_id: r.entry_id, award: row(r.entry_id).award, prize_amount: digits(row(r.entry_id).prize) }));
    const votes = Object.fromEntries(rows.filter((r) => row(r.entry_id).votes !== '').map((r) => [r.entry_id, digits(row(r.entry_id).votes)]));
    try {
      await send('POST', `/c1_rounds/${roundId}/awards`, { awards, audience_votes: votes });
      setProblem(null);
      notify(t('awards_saved'), { type: 'success' });
      onDone();
    } catch (error) {
      setProblem((error as Problem).message);
    }
  };
  return (
    <Stack sx={{ gap: 1.5 }} component="section" aria-labelledby="awards-title">
      <Typography variant="h6" component="h2" id="awards-title">{t('awards')}</Typography>
      <Typography variant="body2">{t('awards_hint')}</Typography>
      {problem && <Alert severity="error">{problem}</Alert>}
      {rows.map((r) => (
        <Stack key={r.entry_id} direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography sx={{ minWidth: 280 }}>{`${r.rank ?? '—'}位 No.${r.entry_no} ${r.title}`}</Typography>
          <TextField select size="small" label={t('award')} value={row(r.entry_id).award} onChange={(e) => set(r.entry_id, { award: e.target.value })} sx={{ minWidth: 180 }}>
            <MenuItem value="">{t('no_award')}</MenuItem>
            {enums.award.map((a) => <MenuItem key={a} value={a}>{translate(`resources.c1_entries.choices.award.${a}`)}</MenuItem>)}
          </TextField>
          <TextField size="small" label={t('prize')} value={row(r.entry_id).prize} onChange={(e) => set(r.entry_id, { prize: e.target.value })} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          <TextField size="small" label={t('votes')} value={row(r.entry_id).votes} onChange={(e) => set(r.entry_id, { votes: e.target.value })} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
        </Stack>
      ))}
      <Button variant="contained" onClick={submit} sx={{ alignSelf: 'flex-start' }}>{t('save_awards')}</Button>
    </Stack>
  );
};
