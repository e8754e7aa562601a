import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HttpError, Refusal } from '../errors';
import { closeWrites, openWrites } from './gate';
import type { Outcome, Progress } from './protocol';

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

const outOfMemoryExit = 134;
const outOfMemory = () => new HttpError(413, 'ファイルやデータが大きすぎて処理できませんでした。行や列を減らすか、条件を分けて、もう一度お試しください');

const revive = ({ error }: Extract<Outcome, { type: 'error' }>) =>
  error.entry ? new Refusal(error.message, error.entry) : new HttpError(error.status!, error.message, error.errors, error.details);

export const runJob = async <T>(entry: URL, data: unknown, onProgress: (p: Progress) => void = () => {}) => {
  await slot();
  return new Promise<T>((resolve, reject) => {
    const worker = fork(fileURLToPath(entry), [], {
      execArgv: ['--import', 'tsx', `--max-old-space-size=${workerHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
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
      if (m.type === 'ready') worker.send({ data });
      else if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'writing') {
        if (m.on !== writing) (m.on ? closeWrites : openWrites)();
        writing = m.on;
      } else if (m.type === 'result') settle(() => resolve(m.value as T));
      else settle(() => reject(m.type === 'error' && m.error.status ? revive(m) : new Error(m.error.message)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code, signal) => {
      release();
      settle(() => reject(code === outOfMemoryExit || signal === 'SIGABRT' ? outOfMemory() : new Error(`作業用プロセスが結果を返さずに終了しました (${code ?? signal})`)));
    });
  });
};
