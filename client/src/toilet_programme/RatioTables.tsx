import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatPercent, listOf, openStates } from './links';
import type { CenterFigures, Figures, Ratios } from './types';

const Cells = ({ f, inventory, year, center }: { f: Figures; inventory: string; year: number; center?: Record<string, unknown> }) => (
  <>
    <TableCell align="right"><Link to={inventory}>{f.western} / {f.total}</Link></TableCell>
    <TableCell align="right"><Link to={listOf('toilet_work_orders', { ...center, status: ['completed'], actual_end_gte: `${year}-04-01` })}>{formatPercent(f.ratio_start)}</Link></TableCell>
    <TableCell align="right"><Link to={inventory} data-figure="ratio">{formatPercent(f.ratio)}</Link></TableCell>
    <TableCell align="right"><Link to={listOf('toilet_work_orders', { ...center, status: openStates, fiscal_year_lte: year })}>{formatPercent(f.ratio_projected)}</Link></TableCell>
  </>
);

const Head = ({ first }: { first: string }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  return (
    <TableHead>
      <TableRow>
        <TableCell>{first}</TableCell>
        <TableCell align="right">{t('western_of_total')}</TableCell>
        <TableCell align="right">{t('ratio_start')}</TableCell>
        <TableCell align="right">{t('ratio_now')}</TableCell>
        <TableCell align="right">{t('ratio_projected')}</TableCell>
      </TableRow>
    </TableHead>
  );
};

export const WardTable = ({ ratios }: { ratios: Ratios }) => {
  const { wards, fiscal_year: year } = ratios;
  const centersOf = (ward: number) => ({ citizen_center_id: ratios.centers.filter((c) => c.ward_id === ward).map((c) => c.id) });
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.toilet_programme.by_ward')}>
      <Head first={translate('resources.citizen_centers.fields.ward_id')} />
      <TableBody>
        {wards.map((w) => (
          <TableRow key={w.ward_id} data-ward={w.ward}>
            <TableCell><Link to={listOf('citizen_centers', { ward_id: w.ward_id })}>{w.ward}</Link></TableCell>
            <Cells f={w} year={year} center={centersOf(w.ward_id)} inventory={listOf('toilet_inventories', centersOf(w.ward_id))} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const CenterTable = ({ ratios }: { ratios: Ratios }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  return (
    <Table size="small" aria-label={t('by_center')}>
      <Head first={translate('resources.toilet_inventories.fields.citizen_center_id')} />
      <TableBody>
        {ratios.centers.map((c: CenterFigures) => (
          <TableRow key={c.id} data-center={c.name}>
            <TableCell>
              <Link to={`/citizen_centers/${c.id}/show`}>{c.name}</Link>{' '}
              {c.is_shelter && c.western === 0 && <Chip size="small" color="error" label={t('shelter_no_western')} />}
            </TableCell>
            <Cells f={c} year={ratios.fiscal_year} center={{ citizen_center_id: c.id }} inventory={listOf('toilet_inventories', { citizen_center_id: c.id })} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
