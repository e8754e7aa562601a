import { useRef, useState } from 'react';
import { CircularProgress, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { download, query } from './download';
import { visibleColumns } from './visibleColumns';

type Format = 'xlsx' | 'csv';

export const ExportButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (format: Format) => {
    setOpen(false);
    setBusy(true);
    const params = {
      format,
      filter: filterValues,
      sort: sort?.field ? [sort.field, sort.order] : undefined,
      fields: visibleColumns(anchor.current, resource),
    };
    try {
      await download(`/${resource}/export?${query(params)}`, `${resource}.${format}`);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button ref={anchor} label="app.spreadsheet.export" onClick={() => setOpen(true)} disabled={busy || total === 0}>
        {busy ? <CircularProgress size={16} /> : <DownloadIcon />}
      </Button>
      <Menu anchorEl={anchor.current} open={open} onClose={() => setOpen(false)}>
        {(['xlsx', 'csv'] as const).map((format) => (
          <MenuItem key={format} onClick={() => run(format)}>
            {translate(`app.spreadsheet.${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
