import { Alert, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { EnumLabel } from './EnumLabel';
import { formatPercent, formatThousandYen, formatYen, listOf } from './links';
import { useApi } from './useApi';
import type { BudgetRow } from './types';

/** 予定価格と契約金額（落札率）by funding source and ward; amounts in 千円, exact yen on hover. */
const Budget = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  const { data, error } = useApi<{ rows: BudgetRow[] }>(`/toilet_programme/budget?fiscal_year=${year}`);
  const rows = data?.rows ?? [];
  const total = rows.reduce((a, r) => ({ estimated: a.estimated + r.estimated, contracted: a.contracted + r.contracted }), { estimated: 0, contracted: 0 });
  const field = (name: string) => translate(`resources.toilet_work_orders.fields.${name}`);
  const money = (n: number) => <span title={formatYen(n)}>{formatThousandYen(n)}</span>;
  return (
    <>
      {error && <Alert severity="error">{translate(error)}</Alert>}
      <Table size="small" aria-label={t('budget_title')}>
        <TableHead>
          <TableRow>
            <TableCell>{field('funding_source')}</TableCell>
            <TableCell>{translate('resources.citizen_centers.fields.ward_id')}</TableCell>
            <TableCell align="right">{t('orders')}</TableCell>
            <TableCell align="right">{t('estimated')}</TableCell>
            <TableCell align="right">{t('contracted')}</TableCell>
            <TableCell align="right">{t('award_rate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={`${r.funding_source}-${r.ward_id}`}>
              <TableCell><EnumLabel field="funding_source" value={r.funding_source} /></TableCell>
              <TableCell>{r.ward}</TableCell>
              <TableCell align="right">
                <Link to={listOf('toilet_work_orders', { fiscal_year: year, funding_source: r.funding_source })}>{r.orders}</Link>
              </TableCell>
              <TableCell align="right">{money(r.estimated)}</TableCell>
              <TableCell align="right">{money(r.contracted)}</TableCell>
              <TableCell align="right">{formatPercent(r.award_rate)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={3}><strong>{t('total')}</strong></TableCell>
            <TableCell align="right" data-figure="budget.estimated">{formatYen(total.estimated)}</TableCell>
            <TableCell align="right" data-figure="budget.contracted">{formatYen(total.contracted)}</TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
};

export default Budget;
