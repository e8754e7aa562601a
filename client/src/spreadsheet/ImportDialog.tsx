import { useState, type ChangeEvent } from 'react';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Typography } from '@mui/material';
import FileOpenIcon from '@mui/icons-material/FileOpen';
import { Button, Confirm, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ImportProgress } from './ImportProgress';
import { PreviewTable } from './PreviewTable';
import { uploadImport, type Preview, type Progress } from './upload';

type Props = { resource: string; onClose: () => void };

const ImportDialog = ({ resource, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [applying, setApplying] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const send = async (chosen: File, dryRun: boolean) => {
    setProgress(0);
    setError(null);
    setApplying(!dryRun);
    try {
      return await uploadImport(resource, chosen, dryRun, setProgress);
    } catch (e) {
      setError((e as Error).message);
      return null;
    } finally {
      setProgress(null);
    }
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setFile(chosen);
    setPreview(null);
    setPreview(await send(chosen, true));
  };

  const commit = async () => {
    setConfirming(false);
    const result = await send(file!, false);
    if (!result) return;
    notify('app.spreadsheet.done', { type: 'success', messageArgs: { create: result.summary.create, changed: result.summary.changed } });
    refresh();
    onClose();
  };

  const summary = preview?.summary;
  const ready = !!summary && !summary.errors && summary.create + summary.changed > 0 && progress === null;
  const name = translate(`resources.${resource}.name`, { smart_count: 1 });

  return (
    <Dialog open onClose={progress === null ? onClose : undefined} fullWidth maxWidth="xl">
      <DialogTitle>{translate('app.spreadsheet.import_title', { name })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.spreadsheet.import_hint')}</Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <MuiButton component="label" variant="outlined" startIcon={<FileOpenIcon />} disabled={progress !== null}>
            {translate('app.spreadsheet.choose_file')}
            <input hidden type="file" name="file" accept=".xlsx,.csv" onChange={pick} />
          </MuiButton>
          {file && <Typography variant="body2">{file.name}</Typography>}
        </Box>
        {progress !== null && <ImportProgress progress={progress} applying={applying} />}
        {error && <Alert severity="error" sx={{ my: 2 }}>{translate(error, { _: error })}</Alert>}
        {summary && (
          <Box sx={{ my: 2 }}>
            <Alert severity={summary.errors ? 'error' : 'info'}>{translate('app.spreadsheet.summary', { ...summary })}</Alert>
            {preview.warnings.map((w) => <Alert key={w} severity="warning" sx={{ mt: 1 }}>{w}</Alert>)}
          </Box>
        )}
        {preview && <PreviewTable rows={preview.rows} />}
      </DialogContent>
      <DialogActions>
        <Button label="app.spreadsheet.close" onClick={onClose} disabled={progress !== null} />
        <Button label="app.spreadsheet.commit" variant="contained" disabled={!ready} onClick={() => setConfirming(true)} />
      </DialogActions>
      <Confirm
        isOpen={confirming}
        title="app.spreadsheet.commit_title"
        content="app.spreadsheet.commit_confirm"
        contentTranslateOptions={{ create: summary?.create ?? 0, changed: summary?.changed ?? 0 }}
        onConfirm={commit}
        onClose={() => setConfirming(false)}
      />
    </Dialog>
  );
};

export default ImportDialog;
