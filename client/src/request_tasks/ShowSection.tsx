import type { ReactNode } from 'react';
import { Box, Divider, Typography } from '@mui/material';
import { SimpleShowLayout, useTranslate } from 'react-admin';

const wrapRow = { '& .RaSimpleShowLayout-stack': { flexWrap: 'wrap' } };
const preWrap = { '& .RaSimpleShowLayout-row span': { whiteSpace: 'pre-wrap' } };

type Props = { title: string; children: ReactNode; texts?: ReactNode };

export const ShowSection = ({ title, children, texts }: Props) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 2 }}>
      <Typography variant="h6" color="primary" sx={{ px: 2, pt: 1 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mx: 2 }} />
      <SimpleShowLayout direction="row" useFlexGap spacing={4} sx={wrapRow}>
        {children}
      </SimpleShowLayout>
      {texts && <SimpleShowLayout sx={preWrap}>{texts}</SimpleShowLayout>}
    </Box>
  );
};
