import { apiFetch, apiUrl } from '../providers';
import { RequestFailure } from './download';

export interface Change { column: string; old: string | number | null; new: string | number | null }
export interface RowError { column: string | null; message: string }
export interface PreviewRow { row: number; action: 'create' | 'update' | 'skip'; id?: number; key: string; changes: Change[]; errors: RowError[]; notice?: string }
export interface Summary { rows: number; create: number; update: number; changed: number; unchanged: number; skipped: number; errors: number }
export interface Preview {
  dry_run: boolean;
  applied: boolean;
  format: 'xlsx' | 'csv';
  encoding?: string;
  warnings: string[];
  summary: Summary;
  rows: PreviewRow[];
  omitted: number;
}

export interface ServerProgress { phase: 'reading' | 'checking' | 'writing'; done: number; total: number | null }
export type Progress = number | 'processing' | ServerProgress;

const pollEveryMs = 500;

const follow = (job: string, onProgress: (p: Progress) => void) => {
  let stopped = false;
  const poll = async () => {
    if (stopped) return;
    const res = await apiFetch(`/jobs/${job}`).catch(() => null);
    const body = res?.ok ? await res.json() : null;
    if (!stopped && body?.progress) onProgress(body.progress);
    if (!stopped) setTimeout(poll, pollEveryMs);
  };
  setTimeout(poll, pollEveryMs);
  return () => (stopped = true);
};

export const uploadImport = (resource: string, file: File, dryRun: boolean, onProgress: (p: Progress) => void) =>
  new Promise<Preview>((resolve, reject) => {
    const job = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    let unfollow = () => {};
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${apiUrl}/${resource}/import${dryRun ? '?dry_run=1' : ''}`);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('X-Job-Id', job);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.upload.onload = () => {
      onProgress('processing');
      unfollow = follow(job, onProgress);
    };
    xhr.onloadend = () => unfollow();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as Preview);
      else reject(new RequestFailure(xhr.response?.message ?? 'app.spreadsheet.failed', xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(new RequestFailure('app.error.network', 0));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
