import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const stormLimit = 5;
const stormWindowMs = 60_000;
const crashes: number[] = [];
let child: ChildProcess;
let stopping = false;

const restartAfterCrash = (cause: string) => {
  const now = Date.now();
  crashes.push(now);
  while (crashes[0] <= now - stormWindowMs) crashes.shift();
  if (crashes.length > stormLimit) {
    console.error(`サーバーが${stormWindowMs / 1000}秒間に${crashes.length}回停止したため、再起動を中止します（${cause}）`);
    process.exit(1);
  }
  const delayMs = Math.min(250 * 2 ** (crashes.length - 1), 4000);
  console.error(`サーバーが停止しました（${cause}）。${delayMs / 1000}秒後に再起動します`);
  setTimeout(start, delayMs);
};

const start = () => {
  child = fork(entry, { stdio: 'inherit' });
  console.log(`サーバーを起動しました (pid ${child.pid})`);
  child.once('exit', (code, signal) => {
    if (stopping || code === 0) process.exit(code ?? 0);
    restartAfterCrash(signal ? `シグナル ${signal}` : `終了コード ${code}`);
  });
};

const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  if (child.exitCode !== null || child.signalCode !== null) process.exit(0);
  child.kill(signal);
};

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
start();
