import { Box, Link, Stack, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import { useTranslate } from 'react-admin';
import { fileUrl, sizeText, type Attachment } from './api';
import { AttachmentActions } from './AttachmentActions';

type Props = { documents: Attachment[]; editable: boolean; onChanged: () => void };

/** The documents (PDF, Excel, Word, PowerPoint): each downloads with its Japanese name. */
export const DocumentList = ({ documents, editable, onChanged }: Props) => {
  const translate = useTranslate();
  if (!documents.length) return null;
  return (
    <>
      <Typography variant="subtitle1" component="h3">{translate('app.attachments.documents')}</Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {documents.map((doc) => (
          <Stack component="li" key={doc.id} direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', py: 0.5 }}>
            <DescriptionIcon color="action" aria-hidden />
            <Link href={fileUrl(doc.id, 'content')} aria-label={translate('app.attachments.download', { name: doc.file_name })}>{doc.file_name}</Link>
            <Typography variant="body2" color="text.secondary">{sizeText(doc.size)}</Typography>
            {doc.caption && <Typography variant="body2">{doc.caption}</Typography>}
            {editable && <AttachmentActions attachment={doc} onChanged={onChanged} />}
          </Stack>
        ))}
      </Box>
    </>
  );
};
