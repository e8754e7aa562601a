import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Progress } from './upload';

const percentOf = (progress: Progress) => {
  if (typeof progress === 'number') return progress;
  if (typeof progress === 'object' && progress.total) return Math.round((progress.done / progress.total) * 100);
  return undefined;
};

export const ImportProgress = ({ progress, applying }: { progress: Progress; applying: boolean }) => {
  const translate = useTranslate();
  const percent = percentOf(progress);
  const label = typeof progress === 'number'
    ? translate('app.spreadsheet.uploading', { percent: progress })
    : typeof progress === 'object'
      ? translate(`app.spreadsheet.progress.${progress.phase}`, { done: progress.done.toLocaleString(), total: progress.total?.toLocaleString() ?? '' })
      : translate(applying ? 'app.spreadsheet.applying' : 'app.spreadsheet.checking');
  return (
    <Box role="status" sx={{ my: 2 }}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>{label}</Typography>
      <LinearProgress
        variant={percent === undefined ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-label={label}
      />
    </Box>
  );
};
