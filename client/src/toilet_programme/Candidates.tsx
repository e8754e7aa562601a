import { useState } from 'react';
import { Alert, Button, Checkbox, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useNotify, useTranslate } from 'react-admin';
import { useActor } from '../common/access';
import { can } from '../../../db/policy';
import { apiFetch } from '../providers';
import { formatPercent } from './links';
import { useApi } from './useApi';
import type { Candidate } from './types';

/** 来年度の候補: the computed ranking with its reasons; the selection becomes planned orders in one all-or-nothing action. */
const Candidates = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`app.toilet_programme.${key}`, args);
  const notify = useNotify();
  const actor = useActor();
  const next = year + 1;
  const { data, error, reload } = useApi<{ rows: Candidate[] }>(`/toilet_programme/candidates?fiscal_year=${next}`);
  const [selected, setSelected] = useState<number[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const mayCreate = !!actor && can(actor, 'toilet_work_orders', 'create');
  const toggle = (id: number) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const create = async () => {
    const res = await apiFetch('/toilet_programme/candidates', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fiscal_year: next, center_ids: selected }),
    });
    const body = await res.json();
    if (!res.ok) return setProblem(body.message);
    setProblem(null);
    setSelected([]);
    notify(t('created', { smart_count: body.created.length }), { type: 'success' });
    reload();
  };
  return (
    <Stack sx={{ gap: 2 }}>
      <Typography variant="body2">{t('candidates_hint', { year: next - 2018 })}</Typography>
      {(error || problem) && <Alert severity="error">{translate(error ?? problem!)}</Alert>}
      {mayCreate && (
        <Button variant="contained" disabled={!selected.length} onClick={create} sx={{ alignSelf: 'flex-start' }}>
          {t('create_orders', { smart_count: selected.length, year: next - 2018 })}
        </Button>
      )}
      <Table size="small" aria-label={t('candidates_title')}>
        <TableHead>
          <TableRow>
            {mayCreate && <TableCell padding="checkbox" />}
            <TableCell>{t('rank')}</TableCell>
            <TableCell>{translate('resources.toilet_inventories.fields.citizen_center_id')}</TableCell>
            <TableCell>{translate('resources.citizen_centers.fields.ward_id')}</TableCell>
            <TableCell align="right">{t('ratio_now')}</TableCell>
            <TableCell align="right">{translate('resources.citizen_centers.fields.built_year')}</TableCell>
            <TableCell>{t('reasons')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(data?.rows ?? []).map((c) => (
            <TableRow key={c.id} data-candidate={c.name}>
              {mayCreate && (
                <TableCell padding="checkbox">
                  <Checkbox checked={selected.includes(c.id)} onChange={() => toggle(c.id)} slotProps={{ input: { 'aria-label': t('select', { name: c.name }) } as object }} />
                </TableCell>
              )}
              <TableCell>{c.rank}</TableCell>
              <TableCell><Link to={`/citizen_centers/${c.id}/show`}>{c.name}</Link></TableCell>
              <TableCell>{c.ward}</TableCell>
              <TableCell align="right">{formatPercent(c.ratio)}</TableCell>
              <TableCell align="right">{c.built_year ?? '—'}</TableCell>
              <TableCell>{c.reason_labels.map((r) => <Chip key={r} size="small" label={r} sx={{ mr: 0.5 }} />)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};

export default Candidates;
