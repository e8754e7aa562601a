import { sendForm } from '../common/sendForm';
import { apiFetch } from '../providers';

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

export const uploadImport = (resource: string, file: File, dryRun: boolean, onProgress: (p: Progress) => void) => {
  const job = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  let unfollow = () => {};
  const form = new FormData();
  form.append('file', file);
  return sendForm<Preview>(`/${resource}/import${dryRun ? '?dry_run=1' : ''}`, form, {
    headers: { 'X-Job-Id': job },
    onProgress,
    onSent: () => {
      onProgress('processing');
      unfollow = follow(job, onProgress);
    },
    failed: 'app.spreadsheet.failed',
  }).finally(() => unfollow());
};
