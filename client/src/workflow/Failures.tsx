import { Alert, Box, Typography } from '@mui/material';
import type { Failure } from './api';

export const Failures = ({ message, failures }: { message: string; failures: Failure[] }) => (
  <Alert severity="error" sx={{ mb: 2 }}>
    <Typography variant="body2">{message}</Typography>
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {failures.map((f) => (
        <Typography component="li" variant="body2" key={f.id}>
          {f.label ?? `ID ${f.id}`}: {f.reason}
        </Typography>
      ))}
    </Box>
  </Alert>
);
