import type { ReactNode } from 'react';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enums } from '../../../db/schema';
import { FigureLink } from './FigureLink';
import type { Figure, RequestTaskStats } from '../../../db/figures';

const scopes: readonly string[] = enums.target_scope;

type Props = { stats: RequestTaskStats; figure: (key: string) => Figure | undefined };

const Tile = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card variant="outlined" sx={{ flex: '1 1 200px' }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">{title}</Typography>
      <Typography variant="h5" component="div">{children}</Typography>
    </CardContent>
  </Card>
);

export const Cards = ({ stats, figure }: Props) => {
  const translate = useTranslate();
  const hours = translate('app.dashboard.hours_unit');
  const tasks = translate('app.dashboard.tasks_unit');
  return (
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
      {[...stats.by_scope].sort((a, b) => scopes.indexOf(a.target_scope) - scopes.indexOf(b.target_scope)).map((s) => (
        <Tile key={s.target_scope} title={translate('app.dashboard.reviewed', { scope: translate(`resources.request_tasks.choices.target_scope.${s.target_scope}`) })}>
          <FigureLink figure={figure(`scope.${s.target_scope}.reviewed`)} /> / <FigureLink figure={figure(`scope.${s.target_scope}.total`)} suffix={tasks} />
        </Tile>
      ))}
      <Tile title={translate('app.dashboard.burden_total')}><FigureLink figure={figure('annual_burden_hours_total')} suffix={hours} /></Tile>
      <Tile title={translate('app.dashboard.saved_total')}><FigureLink figure={figure('hours_saved_total')} suffix={hours} /></Tile>
      <Tile title={translate('app.dashboard.overdue')}><FigureLink figure={figure('overdue')} suffix={tasks} /></Tile>
      <Tile title={translate('app.dashboard.not_in_force')}><FigureLink figure={figure('decided_not_in_force')} suffix={tasks} /></Tile>
    </Stack>
  );
};
