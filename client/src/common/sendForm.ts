import { apiUrl } from '../providers';
import { RequestFailure } from '../spreadsheet/download';

interface Options {
  headers?: Record<string, string>;
  /** Percent of the body sent so far. */
  onProgress?: (percent: number) => void;
  onSent?: () => void;
  failed?: string;
}

/** POST a form with XMLHttpRequest, for its upload progress; a refusal rejects with the server's Japanese message. */
export const sendForm = <T>(path: string, form: FormData, { headers = {}, onProgress, onSent, failed = 'app.error.failed' }: Options = {}) =>
  new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiUrl}${path}`);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
    xhr.upload.onload = () => onSent?.();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as T);
      else reject(new RequestFailure(xhr.response?.message ?? failed, xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(new RequestFailure('app.error.network', 0));
    xhr.send(form);
  });
