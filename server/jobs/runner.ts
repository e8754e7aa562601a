import { fork, type ChildProcess } from 'node:child_process';
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

type Started = { worker: ChildProcess; ready: Promise<boolean> };

const start = (entry: URL): Started => {
  const worker = fork(fileURLToPath(entry), [], {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${workerHeapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise<boolean>((resolve) => {
    worker.once('message', (m: Outcome) => resolve(m.type === 'ready'));
    worker.once('exit', () => resolve(false));
    worker.on('error', () => resolve(false));
  });
  return { worker, ready };
};

/** How long a process started ahead waits for its job (it holds about 130 MB) before it ends. */
export const spareIdleMs = 5 * 60_000;

const idle = new Map<string, Started & { expiry: NodeJS.Timeout }>();

/** After a job, the next process of its kind is started and left waiting, so the next job does not wait about a second for Node and its modules. */
const startSpare = (entry: URL) => {
  if (idle.has(entry.href)) return;
  try {
    const started = start(entry);
    started.worker.unref();
    started.worker.channel?.unref();
    const end = () => {
      if (idle.get(entry.href) === spare) idle.delete(entry.href);
      started.worker.kill();
    };
    const spare = { ...started, expiry: setTimeout(end, spareIdleMs).unref() };
    started.worker.once('exit', end);
    idle.set(entry.href, spare);
  } catch (err) {
    console.error(err);
  }
};

const alive = (worker: ChildProcess) => worker.connected && worker.exitCode === null && !worker.killed;

const take = async (entry: URL) => {
  const spare = idle.get(entry.href);
  idle.delete(entry.href);
  if (spare) {
    clearTimeout(spare.expiry);
    spare.worker.ref();
    spare.worker.channel?.ref();
    if ((await spare.ready) && alive(spare.worker)) return spare.worker;
    spare.worker.kill();
  }
  const fresh = start(entry);
  if (await fresh.ready) return fresh.worker;
  fresh.worker.kill();
  throw new Error('作業用プロセスを起動できませんでした');
};

export const runJob = async <T>(entry: URL, data: unknown, onProgress: (p: Progress) => void = () => {}) => {
  await slot();
  let worker: ChildProcess;
  try {
    worker = await take(entry);
  } catch (err) {
    release();
    throw err;
  }
  return new Promise<T>((resolve, reject) => {
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
      else if (m.type === 'error') settle(() => reject(m.error.status ? revive(m) : new Error(m.error.message)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code, signal) => {
      release();
      settle(() => reject(code === outOfMemoryExit || signal === 'SIGABRT' ? outOfMemory() : new Error(`作業用プロセスが結果を返さずに終了しました (${code ?? signal})`)));
      setImmediate(() => startSpare(entry));
    });
    worker.send({ data });
  });
};

/** The process id of the process waiting for the next job of this kind, once it is ready. */
export const spareWaiting = async (entry: URL) => {
  const spare = idle.get(entry.href);
  return spare && (await spare.ready) ? spare.worker.pid : undefined;
};

export const stopSpares = () => {
  for (const spare of idle.values()) spare.worker.kill();
  idle.clear();
};
