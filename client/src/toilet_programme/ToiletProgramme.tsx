import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Card, CardContent, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { fiscalYearLabel } from '../common/fiscalYear';
import { thisFiscalYear } from '../common/fiscalYear';
import { RatioSummary } from './RatioSummary';
import { CenterTable, WardTable } from './RatioTables';
import { useApi } from './useApi';
import type { Ratios } from './types';

const RatioChart = lazy(() => import('./RatioChart'));
const Schedule = lazy(() => import('./Schedule'));
const Budget = lazy(() => import('./Budget'));
const Candidates = lazy(() => import('./Candidates'));
const tabs = ['ratios', 'schedule', 'budget', 'candidates'] as const;

/** トイレ洋式化の進捗: 洋式化率 to the target, the schedule, the budget and next year's candidates. */
const ToiletProgramme = () => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  const current = thisFiscalYear();
  const [year, setYear] = useState(current);
  const [tab, setTab] = useState<(typeof tabs)[number]>('ratios');
  const { data, error } = useApi<Ratios>(`/toilet_programme/ratios?fiscal_year=${year}`);
  return (
    <Box sx={{ py: 2 }}>
      <Title title={t('title')} />
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="p">{t('title')}</Typography>
        <TextField select fullWidth={false} size="small" label={translate('resources.toilet_work_orders.fields.fiscal_year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 180 }}>
          {[current - 2, current - 1, current, current + 1].map((y) => <MenuItem key={y} value={y}>{fiscalYearLabel(y)}</MenuItem>)}
        </TextField>
      </Stack>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} aria-label={t('title')} sx={{ mb: 2 }}>
        {tabs.map((name) => <Tab key={name} value={name} label={t(`tab_${name}`)} />)}
      </Tabs>
      {error && <Alert severity="error">{translate(error)}</Alert>}
      <Suspense fallback={<Loading />}>
        {tab === 'ratios' && data && (
          <Stack sx={{ gap: 2 }}>
            <RatioSummary ratios={data} />
            <Card variant="outlined"><CardContent><RatioChart ratios={data} /></CardContent></Card>
            <WardTable ratios={data} />
            <CenterTable ratios={data} />
          </Stack>
        )}
        {tab === 'schedule' && <Schedule year={year} />}
        {tab === 'budget' && <Budget year={year} />}
        {tab === 'candidates' && <Candidates year={year} />}
      </Suspense>
    </Box>
  );
};

export default ToiletProgramme;
