import { useRef, useState, type DragEvent } from 'react';
import { Box, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, useNotify, useTranslate } from 'react-admin';
import { acceptedExtensions } from '../../../db/attachments';
import { uploadAttachment } from './api';
import { UploadProgress, type Upload } from './UploadProgress';

type Props = { resource: string; recordId: number; onUploaded: () => void };

/** Drop files here or pick them with the button (keyboard: Tab to it, Enter); they are sent one after another. */
export const DropZone = ({ resource, recordId, onUploaded }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const queue = useRef(Promise.resolve());
  const [over, setOver] = useState(false);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const change = (key: string, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  const dismiss = (key: string) => setUploads((all) => all.filter((u) => u.key !== key));

  const send = (files: File[]) => {
    for (const file of files) {
      const key = `${Date.now()}-${Math.random()}`;
      setUploads((all) => [...all, { key, name: file.name, percent: 0 }]);
      queue.current = queue.current.then(() => uploadAttachment(resource, recordId, file, (percent) => change(key, { percent })).then(
        () => {
          dismiss(key);
          notify('app.attachments.uploaded', { type: 'success', messageArgs: { name: file.name } });
          onUploaded();
        },
        (error: Error) => change(key, { error: error.message }),
      ));
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    send(Array.from(e.dataTransfer.files));
  };

  return (
    <Box
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
      sx={{ border: 2, borderStyle: 'dashed', borderColor: over ? 'primary.main' : 'divider', borderRadius: 1, p: 2, mb: 2 }}
    >
      <Typography variant="body2">{translate('app.attachments.drop')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('app.attachments.limits')}</Typography>
      <Button variant="outlined" label="app.attachments.choose" onClick={() => input.current?.click()}><UploadFileIcon /></Button>
      <input
        ref={input} type="file" multiple hidden accept={acceptedExtensions.join(',')} aria-label={translate('app.attachments.choose')}
        onChange={(e) => { send(Array.from(e.target.files ?? [])); e.target.value = ''; }}
      />
      <UploadProgress uploads={uploads} onDismiss={dismiss} />
    </Box>
  );
};
