import type { ReactNode } from 'react';
import { Stack } from '@mui/material';

export const FormRow = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2, alignItems: { md: 'center' }, width: '100%' }}>
    {children}
  </Stack>
);
