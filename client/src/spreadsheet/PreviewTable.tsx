import { useState } from 'react';
import { alpha, Box, Chip, FormControlLabel, Switch, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PreviewRow } from './upload';

const shownRows = 300;
const errorCell = { bgcolor: (t: { palette: { error: { main: string } } }) => alpha(t.palette.error.main, 0.12) };

const ErrorText = ({ messages, color = 'error.main' }: { messages: string[]; color?: string }) =>
  messages.map((m) => <Box key={m} component="span" sx={{ display: 'block', color, fontWeight: 'bold' }}>{m}</Box>);

const Cell = ({ row, column }: { row: PreviewRow; column: string }) => {
  const change = row.changes.find((c) => c.column === column);
  const errors = row.errors.filter((e) => e.column === column).map((e) => e.message);
  return (
    <TableCell sx={errors.length ? errorCell : undefined} data-error={errors.length ? column : undefined}>
      {change && (
        <span>
          {row.action !== 'create' && <Box component="s" sx={{ color: 'text.secondary', mr: 0.5 }}>{change.old ?? ''}</Box>}
          {row.action !== 'create' && '→ '}
          {change.new ?? ''}
        </span>
      )}
      <ErrorText messages={errors} />
    </TableCell>
  );
};

export const PreviewTable = ({ rows }: { rows: PreviewRow[] }) => {
  const translate = useTranslate();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const columns = [...new Set(rows.flatMap((r) => [...r.changes.map((c) => c.column), ...r.errors.flatMap((e) => (e.column ? [e.column] : []))]))];
  const listed = (errorsOnly ? rows.filter((r) => r.errors.length) : rows).slice(0, shownRows);
  const action = (r: PreviewRow) => (r.errors.length ? 'error' : r.action !== 'update' ? r.action : r.changes.length ? 'update' : 'unchanged');
  return (
    <>
      <FormControlLabel control={<Switch checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} />} label={translate('app.spreadsheet.errors_only')} />
      <TableContainer sx={{ maxHeight: '50vh' }}>
        <Table size="small" stickyHeader aria-label={translate('app.spreadsheet.preview')}>
          <TableHead>
            <TableRow>
              {['row', 'action', 'key'].map((k) => <TableCell key={k}>{translate(`app.spreadsheet.${k}`)}</TableCell>)}
              {columns.map((c) => <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>{c}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {listed.map((r) => {
              const rowErrors = r.errors.filter((e) => !e.column).map((e) => e.message);
              return (
                <TableRow key={r.row} data-row={r.row}>
                  <TableCell>{r.row}</TableCell>
                  <TableCell><Chip size="small" color={r.errors.length ? 'error' : r.notice ? 'warning' : 'default'} label={translate(`app.spreadsheet.actions.${action(r)}`)} /></TableCell>
                  <TableCell sx={rowErrors.length ? errorCell : { whiteSpace: r.notice ? 'normal' : 'nowrap', minWidth: r.notice ? 240 : undefined }}>{r.key}<ErrorText messages={rowErrors} /><ErrorText messages={r.notice ? [r.notice] : []} color="warning.dark" /></TableCell>
                  {columns.map((c) => <Cell key={c} row={r} column={c} />)}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > listed.length && !errorsOnly && <Box sx={{ mt: 1 }}>{translate('app.spreadsheet.more_rows', { count: rows.length - listed.length })}</Box>}
    </>
  );
};
