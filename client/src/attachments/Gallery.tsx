import { useState } from 'react';
import { Box, ButtonBase, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fileUrl, type Attachment } from './api';
import { AttachmentActions } from './AttachmentActions';
import { Lightbox } from './Lightbox';

type Props = { photos: Attachment[]; editable: boolean; onChanged: () => void };

const Flags = ({ photo }: { photo: Attachment }) => {
  const translate = useTranslate();
  if (photo.alt_text && photo.consent) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ my: 0.5 }}>
      {!photo.alt_text && <Chip size="small" color="warning" label={translate('app.attachments.no_alt')} />}
      {!photo.consent && <Chip size="small" color="warning" label={translate('app.attachments.no_consent')} />}
    </Stack>
  );
};

/** Thumbnails of the photos; a thumbnail opens the lightbox. */
export const Gallery = ({ photos, editable, onChanged }: Props) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<number | null>(null);
  if (!photos.length) return null;
  return (
    <>
      <Typography variant="subtitle1" component="h3">{translate('app.attachments.photos')}</Typography>
      <Box component="ul" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2, listStyle: 'none', p: 0, m: 0, mb: 2 }}>
        {photos.map((photo, i) => (
          <Box component="li" key={photo.id} data-attachment={photo.id}>
            <ButtonBase onClick={() => setOpen(i)} aria-label={translate('app.attachments.open', { name: photo.file_name })} sx={{ width: '100%', display: 'block' }}>
              <Box
                component="img" src={fileUrl(photo.id, 'thumbnail')} alt={photo.alt_text ?? ''} loading="lazy"
                sx={{ width: '100%', aspectRatio: '4 / 3', objectFit: 'cover', display: 'block', borderRadius: 1, bgcolor: 'action.hover' }}
              />
            </ButtonBase>
            <Typography variant="body2" sx={{ mt: 0.5 }}>{photo.caption || photo.file_name}</Typography>
            <Flags photo={photo} />
            {editable && <AttachmentActions attachment={photo} onChanged={onChanged} />}
          </Box>
        ))}
      </Box>
      <Lightbox photos={photos} index={open} onIndex={setOpen} />
    </>
  );
};
