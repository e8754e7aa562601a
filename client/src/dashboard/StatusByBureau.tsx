import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enums } from '../../../db/schema';
import { FigureLink } from './FigureLink';
import type { Figure, RequestTaskStats } from '../../../db/figures';

type Props = { stats: RequestTaskStats; figure: (key: string) => Figure | undefined };

export const StatusByBureau = ({ stats, figure }: Props) => {
  const translate = useTranslate();
  const statuses = enums.task_status;
  const cell = { whiteSpace: 'nowrap', px: 1 };
  return (
    <TableContainer sx={{ maxHeight: 520 }}>
      <Table size="small" stickyHeader aria-label={translate('app.dashboard.status_by_bureau')}>
        <TableHead>
          <TableRow>
            <TableCell sx={cell}>{translate('app.dashboard.bureau')}</TableCell>
            {statuses.map((s) => <TableCell key={s} align="right" sx={cell}>{translate(`resources.request_tasks.choices.status.${s}`)}</TableCell>)}
            <TableCell align="right" sx={cell}>{translate('app.dashboard.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {stats.by_bureau.map((b) => (
            <TableRow key={b.bureau} hover>
              <TableCell sx={cell}>{b.bureau}</TableCell>
              {statuses.map((s) => (
                <TableCell key={s} align="right" sx={cell}>{b.by_status[s] ? <FigureLink figure={figure(`bureau.${b.bureau}.status.${s}`)} /> : '–'}</TableCell>
              ))}
              <TableCell align="right" sx={cell}><FigureLink figure={figure(`bureau.${b.bureau}.total`)} /></TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ ...cell, fontWeight: 'bold' }}>{translate('app.dashboard.total')}</TableCell>
            {statuses.map((s) => <TableCell key={s} align="right" sx={cell}><FigureLink figure={figure(`status.${s}`)} /></TableCell>)}
            <TableCell align="right" sx={cell}><FigureLink figure={figure('total')} /></TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
};
