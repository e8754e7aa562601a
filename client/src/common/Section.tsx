import type { ReactNode } from 'react';
import { Box, Divider, Stack, Typography, type SxProps } from '@mui/material';
import { SimpleShowLayout, useTranslate } from 'react-admin';

const wrapRow = { '& .RaSimpleShowLayout-stack': { flexWrap: 'wrap' } };
const preWrap = { '& .RaSimpleShowLayout-row span': { whiteSpace: 'pre-wrap' } };

export const SectionTitle = ({ title, sx }: { title: string; sx?: SxProps }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" color="primary" sx={sx}>
      {translate(title, { smart_count: 2 })}
    </Typography>
  );
};

type SectionProps = { title: string; action?: ReactNode; children?: ReactNode };

export const Section = ({ title, action, children }: SectionProps) => (
  <Box component="section" sx={{ mb: 2 }}>
    <Stack direction="row" sx={{ px: 2, pt: 1, alignItems: 'center', justifyContent: 'space-between' }}>
      <SectionTitle title={title} />
      {action}
    </Stack>
    <Divider sx={{ mx: 2 }} />
    {children}
  </Box>
);

type ShowSectionProps = { title: string; children?: ReactNode; texts?: ReactNode };

export const ShowSection = ({ title, children, texts }: ShowSectionProps) => (
  <Section title={title}>
    {children && (
      <SimpleShowLayout direction="row" useFlexGap spacing={4} sx={wrapRow}>
        {children}
      </SimpleShowLayout>
    )}
    {texts && <SimpleShowLayout sx={preWrap}>{texts}</SimpleShowLayout>}
  </Section>
);
