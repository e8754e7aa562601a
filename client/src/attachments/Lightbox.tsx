import { Box, Dialog, DialogContent, DialogTitle, IconButton, Stack, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslate } from 'react-admin';
import { fileUrl, type Attachment } from './api';

type Props = { photos: Attachment[]; index: number | null; onIndex: (index: number | null) => void };

/** A photo at reading size (re-encoded on the server), its caption; ← → move between photos, Esc closes. */
export const Lightbox = ({ photos, index, onIndex }: Props) => {
  const translate = useTranslate();
  const photo = index === null ? undefined : photos[index];
  if (!photo) return null;
  const step = (by: number) => onIndex((index! + by + photos.length) % photos.length);
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowLeft') step(-1);
    if (e.key === 'ArrowRight') step(1);
  };
  return (
    <Dialog open onClose={() => onIndex(null)} onKeyDown={keys} maxWidth="lg" aria-labelledby="lightbox-title">
      <DialogTitle id="lightbox-title" sx={{ pr: 6 }}>{photo.caption || photo.file_name}</DialogTitle>
      <IconButton aria-label={translate('app.attachments.close')} onClick={() => onIndex(null)} sx={{ position: 'absolute', right: 8, top: 8 }}>
        <CloseIcon />
      </IconButton>
      <DialogContent>
        <Box component="img" src={fileUrl(photo.id, 'preview')} alt={photo.alt_text ?? ''} sx={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', mx: 'auto' }} />
        {photo.alt_text && <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{photo.alt_text}</Typography>}
        {photos.length > 1 && (
          <Stack direction="row" sx={{ justifyContent: 'space-between', mt: 1 }}>
            <IconButton aria-label={translate('app.attachments.previous')} onClick={() => step(-1)}><ChevronLeftIcon /></IconButton>
            <Typography variant="body2" sx={{ alignSelf: 'center' }}>{index! + 1} / {photos.length}</Typography>
            <IconButton aria-label={translate('app.attachments.next')} onClick={() => step(1)}><ChevronRightIcon /></IconButton>
          </Stack>
        )}
      </DialogContent>
    </Dialog>
  );
};
