import { useEffect, useState, type ReactNode } from 'react';
import { Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { fiscalYearLabel } from '../common/fiscalYear';
import { apiFetch } from '../providers';

type Counts = Record<string, number>;
type Figures = {
  toilets: { orders: number; by_status: Counts; delayed: number; western: number; squat: number } | null;
  cases: { total: number; by_status: Counts; adopted: number } | null;
  c1: { edition: { id: number; name: string } | null; entries: number; finalists: number; awarded: number } | null;
};

const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });
const link = (resource: string, filter: object) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const Tile = ({ title, to, children, name }: { title: string; to: string; children: ReactNode; name: string }) => (
  <Card variant="outlined" sx={{ flex: '1 1 300px' }} data-programme={name}>
    <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" color="primary" gutterBottom>{title}</Typography>
        {children}
      </CardContent>
    </CardActionArea>
  </Card>
);

const Line = ({ children }: { children: ReactNode }) => <Typography variant="body2">{children}</Typography>;

export const Programmes = ({ fiscalYear }: { fiscalYear: number }) => {
  const translate = useTranslate();
  const [figures, setFigures] = useState<Figures | null>(null);
  useEffect(() => {
    let live = true;
    apiFetch(`/stats/programmes?fiscal_year=${fiscalYear}`).then(async (res) => live && res.ok && setFigures(await res.json()));
    return () => {
      live = false;
    };
  }, [fiscalYear]);
  if (!figures) return null;
  const year = fiscalYearLabel(fiscalYear);
  const { toilets, cases, c1 } = figures;
  const t = (key: string, args: object = {}) => translate(`app.home.${key}`, { year, ...args });
  const stalls = toilets ? toilets.western + toilets.squat : 0;
  const status = (counts: Counts, key: string) => counts[key] ?? 0;
  return (
    <Stack spacing={1} component="section" aria-label={t('programmes')}>
      <Typography variant="h6" component="h2">{t('programmes')}</Typography>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        {toilets && (
          <Tile name="toilets" title={t('toilets')} to={link('toilet_work_orders', { fiscal_year: fiscalYear })}>
            <Line>
              {toilets.orders
                ? t('toilet_orders', { count: toilets.orders, completed: status(toilets.by_status, 'completed'), delayed: toilets.delayed })
                : t('no_orders')}
            </Line>
            {stalls > 0 && (
              <Line>{t('toilet_ratio', { ratio: percent.format(toilets.western / stalls), western: toilets.western, total: stalls })}</Line>
            )}
          </Tile>
        )}
        {cases && (
          <Tile name="cases" title={t('cases')} to="/practice_cases">
            <Line>
              {cases.total
                ? t('case_counts', {
                  count: cases.total, ...Object.fromEntries(['published', 'scaling', 'funded'].map((k) => [k, status(cases.by_status, k)])),
                })
                : t('no_cases')}
            </Line>
            {cases.total > 0 && <Line>{t('adopted', { count: cases.adopted })}</Line>}
          </Tile>
        )}
        {c1 && (
          <Tile name="c1" title={t('c1')} to={c1.edition ? link('c1_entries', { edition_id: c1.edition.id }) : '/c1_editions'}>
            <Line>{c1.edition ? t('c1_counts', { ...c1, edition: c1.edition.name }) : t('no_edition')}</Line>
          </Tile>
        )}
      </Stack>
    </Stack>
  );
};
