import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate, useTranslate } from 'react-admin';
import { listOf } from './links';
import type { Ratios } from './types';

/** 洋式化率 per ward: at 1 April, now and projected; a bar opens the ward's centres. */
const RatioChart = ({ ratios }: { ratios: Ratios }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const t = (key: string) => translate(`app.toilet_programme.${key}`);
  const target = ratios.target?.target_percent;
  return (
    <BarChart
      height={300}
      dataset={ratios.wards.map((w) => ({ ward: w.ward, start: w.ratio_start ?? 0, now: w.ratio ?? 0, projected: w.ratio_projected ?? 0 }))}
      xAxis={[{ scaleType: 'band', dataKey: 'ward' }]}
      yAxis={[{ min: 0, max: 100, label: '%' }]}
      series={[
        { dataKey: 'start', label: t('ratio_start'), valueFormatter: (v) => `${v}%` },
        { dataKey: 'now', label: t('ratio_now'), valueFormatter: (v) => `${v}%` },
        { dataKey: 'projected', label: t('ratio_projected'), valueFormatter: (v) => `${v}%` },
      ]}
      localeText={{ noData: translate('app.dashboard.no_data'), loading: translate('ra.page.loading') }}
      onItemClick={(_, item) => navigate(listOf('citizen_centers', { ward_id: ratios.wards[item.dataIndex].ward_id }))}
      aria-label={target != null ? `${t('chart_title')}（${t('target')} ${target}%）` : t('chart_title')}
    />
  );
};

export default RatioChart;
