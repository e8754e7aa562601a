import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Alert, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { fiscalYearChoices, fiscalYearLabel, thisFiscalYear } from '../common/fiscalYear';
import { DecisionTable, SavingsTable } from './Breakdowns';
import { Cards } from './Cards';
import { figures } from '../../../db/figures';
import { Programmes } from './Programmes';
import { StatusByBureau } from './StatusByBureau';
import { useStats } from './useStats';

const Charts = lazy(() => import('./Charts'));

const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" sx={{ flex: '1 1 420px', minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2" color="primary" gutterBottom>{title}</Typography>
      {children}
    </CardContent>
  </Card>
);

const Dashboard = () => {
  const translate = useTranslate();
  const [fiscalYear, setFiscalYear] = useState(thisFiscalYear());
  const base = { fiscal_year: fiscalYear };
  const { stats, error } = useStats(base);
  const byKey = new Map((stats ? figures(stats, base) : []).map((f) => [f.key, f]));
  const figure = (key: string) => byKey.get(key);
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title="app.dashboard.title" />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="p">{translate('app.dashboard.title')}</Typography>
        <TextField select size="small" label={translate('resources.request_tasks.fields.fiscal_year')} value={fiscalYear} sx={{ width: 180 }}
          onChange={(e) => setFiscalYear(Number(e.target.value))}>
          {fiscalYearChoices().map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
      {!stats && !error && <Loading />}
      {stats?.total === 0 && (
        <>
          <Alert severity="info">{translate('app.dashboard.empty_year', { year: fiscalYearLabel(fiscalYear) })}</Alert>
          <Programmes fiscalYear={fiscalYear} />
        </>
      )}
      {!!stats?.total && (
        <>
          <Cards stats={stats} figure={figure} />
          <Programmes fiscalYear={fiscalYear} />
          <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
            <Panel title={translate('app.dashboard.decision_mix')}><DecisionTable stats={stats} figure={figure} /></Panel>
            <Panel title={translate('app.dashboard.saved_by_bureau')}><SavingsTable stats={stats} figure={figure} /></Panel>
          </Stack>
          <Suspense fallback={null}><Charts stats={stats} figure={figure} /></Suspense>
          <Panel title={translate('app.dashboard.status_by_bureau')}><StatusByBureau stats={stats} figure={figure} /></Panel>
        </>
      )}
    </Stack>
  );
};

export default Dashboard;
