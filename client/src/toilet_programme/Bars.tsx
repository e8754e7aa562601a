import { Box, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ScheduleRow } from './types';

const day = 86_400_000;
const offset = (year: number, date: string) => (Date.parse(date) - Date.parse(`${year}-04-01`)) / day;
const yearDays = (year: number) => (Date.parse(`${year + 1}-04-01`) - Date.parse(`${year}-04-01`)) / day;

const Bar = ({ year, from, to, top, color, label }: { year: number; from: string | null; to: string | null; top: number; color: string; label: string }) => {
  if (!from) return null;
  const days = yearDays(year);
  const start = Math.max(0, offset(year, from));
  const end = Math.min(days, offset(year, to ?? from) + 1);
  if (end <= 0 || start >= days) return null;
  return (
    <Tooltip title={label}>
      <Box role="img" aria-label={label} sx={{
        position: 'absolute', top, height: 8, borderRadius: 1, bgcolor: color,
        left: `${(100 * start) / days}%`, width: `${Math.max(0.5, (100 * (end - start)) / days)}%`,
        printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact',
      }} />
    </Tooltip>
  );
};

/** The planned (upper) and actual (lower) period of one order across the fiscal year. */
export const Bars = ({ row, year, today }: { row: ScheduleRow; year: number; today: string }) => {
  const translate = useTranslate();
  const t = (key: string, args: object) => translate(`app.toilet_programme.${key}`, args);
  const actualEnd = row.actual_end ?? (row.actual_start ? today : null);
  return (
    <Box sx={{ position: 'relative', height: 24, minWidth: 360, backgroundImage: 'repeating-linear-gradient(90deg, transparent 0 calc(100%/12 - 1px), #ddd calc(100%/12 - 1px) calc(100%/12))' }}>
      <Bar year={year} from={row.planned_start} to={row.planned_end} top={3} color="primary.light"
        label={t('planned_bar', { from: row.planned_start, to: row.planned_end ?? '' })} />
      <Bar year={year} from={row.actual_start} to={actualEnd} top={13} color={row.delayed ? 'error.main' : 'success.main'}
        label={t('actual_bar', { from: row.actual_start, to: row.actual_end ?? translate('app.toilet_programme.ongoing') })} />
    </Box>
  );
};
