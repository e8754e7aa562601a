import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { CreateButton, ReferenceManyField, useCanAccess, useRecordContext, type ReferenceManyFieldProps } from 'react-admin';
import { Section } from './Section';

type Props = Pick<ReferenceManyFieldProps, 'reference' | 'target' | 'sort' | 'perPage' | 'pagination'> & {
  title: string;
  children: ReactNode;
};

export const RelatedSection = ({ title, children, ...many }: Props) => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: many.reference, action: 'list' });
  if (!canAccess) return null;
  const create = <CreateButton resource={many.reference} state={{ record: { [many.target]: record?.id } }} />;
  return (
    <Section title={title} action={create}>
      <Box sx={{ px: 2 }}>
        <ReferenceManyField {...many}>{children}</ReferenceManyField>
      </Box>
    </Section>
  );
};
