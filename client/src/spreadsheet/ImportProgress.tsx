import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Progress } from './upload';

export const ImportProgress = ({ progress, applying }: { progress: Progress; applying: boolean }) => {
  const translate = useTranslate();
  const uploading = typeof progress === 'number';
  const label = uploading
    ? translate('app.spreadsheet.uploading', { percent: progress })
    : translate(applying ? 'app.spreadsheet.applying' : 'app.spreadsheet.checking');
  return (
    <Box role="status" sx={{ my: 2 }}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>{label}</Typography>
      <LinearProgress variant={uploading ? 'determinate' : 'indeterminate'} value={uploading ? progress : undefined} />
    </Box>
  );
};
