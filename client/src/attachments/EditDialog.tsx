import { useState } from 'react';
import { Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Stack, TextField } from '@mui/material';
import { Button, useNotify, useTranslate, useUpdate } from 'react-admin';
import type { Attachment } from './api';

type Props = { attachment: Attachment; open: boolean; onClose: () => void; onSaved: () => void };

const label = (field: string) => `resources.attachments.fields.${field}`;

/** 説明, 代替テキスト and (for photos) 肖像権の同意 of one attachment. */
export const EditDialog = ({ attachment, open, onClose, onSaved }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  const [caption, setCaption] = useState(attachment.caption ?? '');
  const [altText, setAltText] = useState(attachment.alt_text ?? '');
  const [consent, setConsent] = useState(attachment.consent);
  const photo = attachment.kind === 'photo';

  const save = () => update('attachments', {
    id: attachment.id, data: { caption: caption || null, alt_text: altText || null, consent }, previousData: attachment,
  }, {
    mutationMode: 'pessimistic',
    onSuccess: () => { notify('app.attachments.saved', { type: 'success' }); onSaved(); onClose(); },
    onError: (error) => notify((error as Error).message, { type: 'error' }),
  });

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={`attachment-edit-${attachment.id}`}>
      <DialogTitle id={`attachment-edit-${attachment.id}`}>{translate('app.attachments.edit_title', { name: attachment.file_name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField label={translate(label('caption'))} value={caption} onChange={(e) => setCaption(e.target.value)} slotProps={{ htmlInput: { maxLength: 200 } }} />
          {photo && (
            <TextField
              label={translate(label('alt_text'))} value={altText} onChange={(e) => setAltText(e.target.value)} multiline minRows={2}
              helperText={translate('app.attachments.alt_help')} slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          )}
          {photo && (
            <div>
              <FormControlLabel control={<Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} />} label={translate(label('consent'))} />
              <FormHelperText>{translate('app.attachments.consent_help')}</FormHelperText>
            </div>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="ra.action.save" variant="contained" onClick={save} disabled={isPending} />
      </DialogActions>
    </Dialog>
  );
};
