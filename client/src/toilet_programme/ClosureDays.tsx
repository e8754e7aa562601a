import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { listOf } from './links';
import type { ScheduleRow } from './types';

/** 休館日数 per centre over the shown orders, with the planned period, for notices to the centre's users. */
export const ClosureDays = ({ rows }: { rows: ScheduleRow[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  const byCenter = new Map<number, { name: string; days: number; from: string | null; to: string | null }>();
  for (const r of rows.filter((x) => x.closure_days && x.status !== 'cancelled')) {
    const c = byCenter.get(r.citizen_center_id) ?? { name: r.center, days: 0, from: r.planned_start, to: r.planned_end };
    byCenter.set(r.citizen_center_id, {
      ...c, days: c.days + (r.closure_days ?? 0),
      from: [c.from, r.planned_start].filter(Boolean).sort()[0] ?? null, to: [c.to, r.planned_end].filter(Boolean).sort().at(-1) ?? null,
    });
  }
  if (!byCenter.size) return null;
  return (
    <Table size="small" aria-label={t('closure_title')} sx={{ maxWidth: 720, breakBefore: 'page' }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.toilet_work_orders.fields.citizen_center_id')}</TableCell>
          <TableCell align="right">{translate('resources.toilet_work_orders.fields.closure_days')}</TableCell>
          <TableCell>{translate('resources.toilet_work_orders.fields.planned_period')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...byCenter].map(([id, c]) => (
          <TableRow key={id} data-closure={c.name}>
            <TableCell><Link to={listOf('toilet_work_orders', { citizen_center_id: id })}>{c.name}</Link></TableCell>
            <TableCell align="right">{c.days}</TableCell>
            <TableCell>{c.from ?? '—'}〜{c.to ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
