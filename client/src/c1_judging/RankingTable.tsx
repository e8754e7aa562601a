import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Result } from './types';

const one = (n: number | null, digits = 1) => (n === null ? '—' : n.toFixed(digits));

/** The ranking with ties as 同順位, the per-criterion means, and each judge's score or 未 / 利害関係 (the progress matrix). */
export const RankingTable = ({ rows }: { rows: Result[] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.c1.${key}`);
  const criteria = rows[0]?.criteria ?? [];
  const judges = rows[0]?.judges ?? [];
  return (
    <Table size="small" aria-label={t('ranking')} sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{t('rank')}</TableCell>
          <TableCell>{translate('resources.c1_entries.fields.entry_no')}</TableCell>
          <TableCell>{translate('resources.c1_entries.fields.title')}</TableCell>
          <TableCell align="right">{t('total')}</TableCell>
          <TableCell align="right">{t('spread')}</TableCell>
          {criteria.map((c) => <TableCell key={c.name} align="right">{`${c.name}（${c.weight}）`}</TableCell>)}
          {judges.map((j) => <TableCell key={j.judge_id} align="right">{j.display_name}</TableCell>)}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell>
              {r.rank ?? '—'}
              {r.tied && <Chip size="small" label={t('tied')} sx={{ ml: 1 }} />}
            </TableCell>
            <TableCell>{r.entry_no}</TableCell>
            <TableCell sx={{ whiteSpace: 'normal !important', minWidth: 240 }}>{r.title}</TableCell>
            <TableCell align="right"><Typography variant="body2" sx={{ fontWeight: 'bold' }}>{one(r.total)}</Typography></TableCell>
            <TableCell align="right">{one(r.spread)}</TableCell>
            {r.criteria.map((c) => <TableCell key={c.name} align="right">{one(c.mean, 2)}</TableCell>)}
            {r.judges.map((j) => (
              <TableCell key={j.judge_id} align="right" sx={j.score === null && !j.conflict ? { bgcolor: 'warning.light' } : undefined}>
                {j.conflict ? `${t('conflict')}（${j.conflict}）` : j.score === null ? t('unscored') : one(j.score)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Who still has to score, and how many entries. */
export const Reminders = ({ rows }: { rows: Result[] }) => {
  const translate = useTranslate();
  const missing = new Map<string, number>();
  for (const r of rows) for (const j of r.judges) if (j.score === null && !j.conflict) missing.set(j.display_name, (missing.get(j.display_name) ?? 0) + 1);
  const names = [...missing].map(([name, n]) => `${name}（${n}件）`).join('、');
  return <Typography role="status">{names ? translate('app.c1.missing', { names }) : translate('app.c1.all_scored')}</Typography>;
};
