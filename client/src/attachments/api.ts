import { useGetList } from 'react-admin';
import { sendForm } from '../common/sendForm';
import { apiUrl } from '../providers';

export interface Attachment {
  id: number;
  resource: string;
  record_id: number;
  file_name: string;
  kind: 'photo' | 'document';
  mime: string;
  size: number;
  caption: string | null;
  alt_text: string | null;
  consent: boolean;
  version: number;
}

export const fileUrl = (id: number, what: 'content' | 'thumbnail' | 'preview') => `${apiUrl}/attachments/${id}/${what}`;

export const uploadAttachment = (resource: string, recordId: number, file: File, onProgress: (percent: number) => void) => {
  const form = new FormData();
  form.append('file', file);
  return sendForm<Attachment>(`/${resource}/${recordId}/attachments`, form, { onProgress });
};

export const useAttachments = (resource: string, recordId: number | undefined) =>
  useGetList<Attachment>('attachments', {
    filter: { resource, record_id: recordId }, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 100 },
  }, { enabled: recordId !== undefined });

export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
