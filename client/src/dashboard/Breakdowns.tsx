import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { FigureLink } from './FigureLink';
import type { Figure, RequestTaskStats } from '../../../db/figures';

type Props = { stats: RequestTaskStats; figure: (key: string) => Figure | undefined };

export const DecisionTable = ({ stats, figure }: Props) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.dashboard.decision_mix')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.request_tasks.fields.decision')}</TableCell>
          <TableCell align="right">{translate('app.dashboard.count')}</TableCell>
          <TableCell align="right">{translate('resources.request_tasks.fields.hours_saved_est')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stats.by_decision.map((d) => (
          <TableRow key={d.decision}>
            <TableCell>{translate(`resources.request_tasks.choices.decision.${d.decision}`)}</TableCell>
            <TableCell align="right"><FigureLink figure={figure(`decision.${d.decision}`)} /></TableCell>
            <TableCell align="right"><FigureLink figure={figure(`decision.${d.decision}.hours`)} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const SavingsTable = ({ stats, figure }: Props) => {
  const translate = useTranslate();
  const rows = stats.by_bureau.filter((b) => b.hours_saved > 0).sort((a, b) => b.hours_saved - a.hours_saved);
  return (
    <Table size="small" aria-label={translate('app.dashboard.saved_by_bureau')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.dashboard.bureau')}</TableCell>
          <TableCell align="right">{translate('resources.request_tasks.fields.hours_saved_est')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((b) => (
          <TableRow key={b.bureau}>
            <TableCell>{b.bureau}</TableCell>
            <TableCell align="right"><FigureLink figure={figure(`bureau.${b.bureau}.hours_saved`)} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
