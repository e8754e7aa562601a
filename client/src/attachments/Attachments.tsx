import { Box, Typography } from '@mui/material';
import { useCanAccess, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import { useAttachments } from './api';
import { DocumentList } from './DocumentList';
import { DropZone } from './DropZone';
import { Gallery } from './Gallery';

/** 写真・資料 of the record in context: drop zone (for those who may change the record), gallery and documents. */
export const Attachments = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const { canAccess: editable = false } = useCanAccess({ resource, action: 'edit', record });
  const { data = [], isPending, refetch } = useAttachments(resource, record?.id as number | undefined);
  if (!record) return null;
  const changed = () => void refetch();
  return (
    <Section title="app.attachments.title">
      <Box sx={{ px: 2, py: 1 }}>
        {editable && <DropZone resource={resource} recordId={record.id as number} onUploaded={changed} />}
        {!isPending && !data.length && <Typography variant="body2">{translate('app.attachments.empty')}</Typography>}
        <Gallery photos={data.filter((a) => a.kind === 'photo')} editable={editable} onChanged={changed} />
        <DocumentList documents={data.filter((a) => a.kind === 'document')} editable={editable} onChanged={changed} />
      </Box>
    </Section>
  );
};
