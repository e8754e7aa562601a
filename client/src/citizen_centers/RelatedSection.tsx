import type { ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { CreateButton, ReferenceManyField, useRecordContext, type SortPayload } from 'react-admin';

type Props = { title: string; reference: string; sort: SortPayload; children: ReactNode };

export const RelatedSection = ({ title, reference, sort, children }: Props) => {
  const center = useRecordContext();
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 2 }}>
        <Typography variant="h6" color="primary">{title}</Typography>
        <CreateButton resource={reference} state={{ record: { citizen_center_id: center?.id } }} />
      </Stack>
      <ReferenceManyField reference={reference} target="citizen_center_id" sort={sort}>
        {children}
      </ReferenceManyField>
    </Box>
  );
};
