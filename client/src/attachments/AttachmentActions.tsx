import { useState } from 'react';
import { Stack } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Confirm, useDelete, useNotify, useTranslate } from 'react-admin';
import type { Attachment } from './api';
import { EditDialog } from './EditDialog';

/** 説明を編集 and 削除 (with confirmation) of one attachment. */
export const AttachmentActions = ({ attachment, onChanged }: { attachment: Attachment; onChanged: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [remove, { isPending }] = useDelete();
  const name = { name: attachment.file_name };

  const confirmDelete = () => remove('attachments', { id: attachment.id, previousData: attachment }, {
    mutationMode: 'pessimistic',
    onSuccess: () => { setConfirming(false); notify('app.attachments.deleted', { type: 'info', messageArgs: name }); onChanged(); },
    onError: (error) => { setConfirming(false); notify((error as Error).message, { type: 'error' }); },
  });

  return (
    <Stack direction="row" spacing={1}>
      <Button label="app.attachments.edit" aria-label={`${translate('app.attachments.edit')}: ${attachment.file_name}`} onClick={() => setEditing(true)}>
        <EditIcon />
      </Button>
      <Button label="app.attachments.delete" color="error" aria-label={`${translate('app.attachments.delete')}: ${attachment.file_name}`} onClick={() => setConfirming(true)}>
        <DeleteIcon />
      </Button>
      {editing && <EditDialog attachment={attachment} open onClose={() => setEditing(false)} onSaved={onChanged} />}
      <Confirm
        isOpen={confirming} loading={isPending} title={translate('app.attachments.delete_title', name)} content="app.attachments.delete_content"
        confirm="app.attachments.delete" confirmColor="warning" onConfirm={confirmDelete} onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};
