import { useState } from 'react';
import { Alert, Button, GlobalStyles, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { a4Landscape, screenOnly } from '../common/print';
import { EnumLabel } from './EnumLabel';
import { Bars } from './Bars';
import { ClosureDays } from './ClosureDays';
import { ScheduleFilters, scheduleQuery, type Filter } from './ScheduleFilters';
import { useApi } from './useApi';
import type { ScheduleRow } from './types';

const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

/** 工程表: every order's planned and actual period by month of the fiscal year, grouped by ward or lot, delays in red. */
const Schedule = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`app.toilet_programme.${key}`, args);
  const [filter, setFilter] = useState<Filter>({ ward_id: '', lot_no: '', status: '', delayed: false, group: 'ward' });
  const query = scheduleQuery(year, filter);
  const { data, error } = useApi<{ today: string; rows: ScheduleRow[] }>(`/toilet_programme/schedule?${query}`);
  const groupOf = (r: ScheduleRow) => (filter.group === 'ward' ? r.ward : r.lot_no ?? t('no_lot'));
  const rows = filter.group === 'ward' ? data?.rows ?? [] : [...(data?.rows ?? [])].sort((a, b) => groupOf(a).localeCompare(groupOf(b), 'ja'));
  return (
    <Stack sx={{ gap: 2 }}>
      <GlobalStyles styles={a4Landscape} />
      <Typography variant="h6" component="p" sx={{ display: 'none', '@media print': { display: 'block' } }}>{t('schedule_title', { year: year - 2018 })}</Typography>
      <ScheduleFilters filter={filter} onChange={setFilter} />
      <Stack direction="row" sx={{ gap: 1, ...screenOnly }}>
        <Button variant="outlined" onClick={() => window.print()}>{t('print')}</Button>
        <Button variant="outlined" href={`/api/toilet_programme/schedule.xlsx?${query}`} download>{t('export')}</Button>
      </Stack>
      {error && <Alert severity="error">{translate(error)}</Alert>}
      <Table size="small" aria-label={t('schedule_title', { year: year - 2018 })} sx={{ '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell colSpan={4} />
            <TableCell sx={{ p: 0 }}>
              <Stack direction="row">{[1, 2, 3, 4].map((q) => <Stack key={q} sx={{ flex: 1, textAlign: 'center', borderLeft: 1, borderColor: 'divider' }}>{t('quarter', { q })}</Stack>)}</Stack>
              <Stack direction="row">{months.map((m) => <Stack key={m} sx={{ flex: 1, textAlign: 'center', fontSize: 12 }}>{m}月</Stack>)}</Stack>
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t(filter.group === 'ward' ? 'group_ward' : 'group_lot')}</TableCell>
            <TableCell>{translate('resources.toilet_work_orders.fields.order_no')}</TableCell>
            <TableCell>{translate('resources.toilet_work_orders.fields.status')}</TableCell>
            <TableCell align="right">{translate('resources.toilet_work_orders.fields.closure_days')}</TableCell>
            <TableCell sx={{ width: '60%' }}>{t('periods')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id} data-order={r.order_no} data-delayed={r.delayed} sx={r.delayed ? { bgcolor: 'rgba(211,47,47,0.06)' } : undefined}>
              <TableCell>{groupOf(r)}</TableCell>
              <TableCell><Link to={`/toilet_work_orders/${r.id}/show`}>{r.order_no}</Link><br />{r.center}</TableCell>
              <TableCell><EnumLabel value={r.status} />{r.delayed && <><br /><strong style={{ color: '#c62828' }}>{t('delayed')}</strong></>}</TableCell>
              <TableCell align="right">{r.closure_days ?? '—'}</TableCell>
              <TableCell><Bars row={r} year={year} today={data!.today} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ClosureDays rows={rows} />
    </Stack>
  );
};

export default Schedule;
