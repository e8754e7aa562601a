import { Worker } from 'node:worker_threads';
import { HttpError, Refusal } from '../errors';
import { closeWrites, openWrites } from './gate';
import type { Outcome, Progress } from './protocol';

const bootstrap = "import { register } from 'tsx/esm/api'; import { workerData } from 'node:worker_threads'; register(); await import(workerData.entry);";

export const workerHeapMb = 192;
export const maxConcurrentJobs = 2;
export const maxQueuedJobs = 20;
let running = 0;
const queue: (() => void)[] = [];

const busy = () => new HttpError(503, '取り込み・ダウンロードの処理が混み合っています。しばらくしてから再度お試しください');

const slot = async () => {
  if (running >= maxConcurrentJobs) {
    if (queue.length >= maxQueuedJobs) throw busy();
    await new Promise<void>((resolve) => queue.push(resolve));
  }
  running++;
};

const release = () => {
  running--;
  queue.shift()?.();
};

const outOfMemory = () => new HttpError(413, 'ファイルやデータが大きすぎて処理できませんでした。行や列を減らすか、条件を分けて、もう一度お試しください');

const revive = ({ error }: Extract<Outcome, { type: 'error' }>) =>
  error.entry ? new Refusal(error.message, error.entry) : new HttpError(error.status!, error.message, error.errors, error.details);

export const runJob = async <T>(entry: URL, data: unknown, onProgress: (p: Progress) => void = () => {}) => {
  await slot();
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { entry: entry.href, data },
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let writing = false;
    let settled = false;
    const settle = (finish: () => void) => {
      if (writing) openWrites();
      writing = false;
      if (!settled) finish();
      settled = true;
    };
    worker.on('message', (m: Outcome) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'writing') {
        if (m.on !== writing) (m.on ? closeWrites : openWrites)();
        writing = m.on;
      } else if (m.type === 'result') settle(() => resolve(m.value as T));
      else settle(() => reject(m.type === 'error' && m.error.status ? revive(m) : new Error(m.error.message)));
    });
    worker.on('error', (err: Error & { code?: string }) => settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : err)));
    worker.on('exit', (code) => {
      release();
      settle(() => reject(new Error(`作業用スレッドが結果を返さずに終了しました (${code})`)));
    });
  });
};
