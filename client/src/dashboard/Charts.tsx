import { Stack } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useNavigate, useTranslate } from 'react-admin';
import { listLink, type Figure, type RequestTaskStats } from '../../../db/figures';

type Props = { stats: RequestTaskStats; figure: (key: string) => Figure | undefined };

const Charts = ({ stats, figure }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const go = (key: string) => {
    const target = figure(key);
    if (target) navigate(listLink(target.filter));
  };
  const localeText = { noData: translate('app.dashboard.no_data'), loading: translate('ra.page.loading') };
  const bureaus = stats.by_bureau.filter((b) => b.hours_saved > 0).sort((a, b) => b.hours_saved - a.hours_saved).slice(0, 10);
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} sx={{ gap: 2 }}>
      <PieChart
        height={260}
        localeText={localeText}
        series={[{
          innerRadius: 50,
          data: stats.by_decision.map((d) => ({ id: d.decision, value: d.count, label: translate(`resources.request_tasks.choices.decision.${d.decision}`) })),
        }]}
        onItemClick={(_, item) => go(`decision.${stats.by_decision[item.dataIndex].decision}`)}
      />
      <BarChart
        height={300}
        layout="horizontal"
        localeText={localeText}
        dataset={bureaus.map((b) => ({ bureau: b.bureau, hours: b.hours_saved }))}
        yAxis={[{ scaleType: 'band', dataKey: 'bureau', width: 140 }]}
        series={[{ dataKey: 'hours', label: translate('resources.request_tasks.fields.hours_saved_est') }]}
        onItemClick={(_, item) => go(`bureau.${bureaus[item.dataIndex].bureau}.hours_saved`)}
      />
    </Stack>
  );
};

export default Charts;
