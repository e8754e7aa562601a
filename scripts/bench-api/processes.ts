import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => resolve(port));
  });
});

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

export interface Served { name: string; origin: string; stop: () => Promise<void> }

/** Starts `command` in its own process on a free port and waits until `ready` answers 200. */
export const serve = async (name: string, command: string[], env: Record<string, string>, ready: string): Promise<Served> => {
  const port = await freePort();
  const child: ChildProcess = spawn(command[0], command.slice(1).map((a) => a.replace('{port}', String(port))), {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} が起動できませんでした (終了コード ${child.exitCode})`);
    const up = await fetch(`${origin}${ready}`).then((r) => r.ok, () => false);
    if (up) break;
    if (attempt > 600) throw new Error(`${name} が 60 秒以内に応答しませんでした`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { name, origin, stop };
};

export const signIn = async (origin: string, username: string, password: string) => {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`ログインできません: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
};
