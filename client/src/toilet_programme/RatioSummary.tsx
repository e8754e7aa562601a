import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { formatPercent, listOf, openStates } from './links';
import type { Ratios } from './types';

const Tile = ({ title, value, to, figure }: { title: string; value: string; to: string; figure: string }) => (
  <Card variant="outlined" sx={{ flex: '1 1 180px' }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">{title}</Typography>
      <Typography variant="h5" component="div"><Link to={to} data-figure={figure}>{value}</Link></Typography>
    </CardContent>
  </Card>
);

/** The city's 洋式化率 now, at 1 April and projected, and the progress to the fiscal year's target. */
export const RatioSummary = ({ ratios }: { ratios: Ratios }) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`app.toilet_programme.${key}`, args);
  const { city, target, progress, fiscal_year: year } = ratios;
  return (
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Tile title={t('city_now')} value={formatPercent(city.ratio)} to={listOf('toilet_inventories')} figure="city.ratio" />
        <Tile title={t('city_start')} value={formatPercent(city.ratio_start)} figure="city.ratio_start"
          to={listOf('toilet_work_orders', { status: ['completed'], actual_end_gte: `${year}-04-01` })} />
        <Tile title={t('city_projected')} value={formatPercent(city.ratio_projected)} figure="city.ratio_projected"
          to={listOf('toilet_work_orders', { status: openStates, fiscal_year_lte: year })} />
        <Tile title={t('target')} value={target ? `${target.target_percent}%` : t('no_target')} figure="target"
          to={target ? `/toilet_targets/${target.id}` : '/toilet_targets/create'} />
      </Stack>
      {progress != null && (
        <Stack sx={{ gap: 0.5 }}>
          <Typography variant="body2">{t('progress', { progress: progress.toFixed(1) })}</Typography>
          <LinearProgress variant="determinate" value={progress} aria-label={t('progress_label')} sx={{ height: 10, borderRadius: 1 }} />
        </Stack>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('stalls', { western: city.western, total: city.total })}
      </Typography>
    </Stack>
  );
};
