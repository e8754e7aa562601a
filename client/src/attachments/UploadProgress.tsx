import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface Upload { key: string; name: string; percent: number; error?: string }

/** One bar per file being sent; a refused file stays listed with the server's reason until dismissed. */
export const UploadProgress = ({ uploads, onDismiss }: { uploads: Upload[]; onDismiss: (key: string) => void }) => {
  const translate = useTranslate();
  if (!uploads.length) return null;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {uploads.map((u) => (
        <Box component="li" key={u.key} sx={{ mb: 1 }}>
          {u.error ? (
            <Alert severity="error" onClose={() => onDismiss(u.key)}>{u.name}: {translate(u.error, { _: u.error })}</Alert>
          ) : (
            <>
              <Typography variant="body2">{translate('app.attachments.uploading', { name: u.name })} {u.percent}%</Typography>
              <LinearProgress variant="determinate" value={u.percent} aria-label={translate('app.attachments.uploading', { name: u.name })} />
            </>
          )}
        </Box>
      ))}
    </Box>
  );
};
