import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { demoPassword } from '../db/seeds';

const xhr = { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' };
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const freePort = async () => {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
};

const startSupervisor = (port: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'console-supervisor-'));
  const proc: ChildProcess = spawn('node_modules/.bin/tsx', ['server/supervisor.ts'], {
    env: { ...process.env, DATABASE_FILE: join(dir, 'console.db'), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (chunk) => (output += chunk));
  proc.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(proc, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  cleanups.push(async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return { proc, exited, output: () => output, pids: () => [...output.matchAll(/pid (\d+)/g)].map((m) => Number(m[1])) };
};

const until = async (condition: () => boolean | Promise<boolean>) => {
  while (!(await condition())) await sleep(200);
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start runs the server under a supervisor', () => {
  it('restarts a server that was killed, with the data committed before the crash, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const api = `http://127.0.0.1:${port}/api`;
    const healthy = () => fetch(`${api}/health`).then((res) => res.status === 200, () => false);
    const signIn = async () => {
      const res = await fetch(`${api}/auth/login`, { method: 'POST', headers: xhr, body: JSON.stringify({ username: 'admin', password: demoPassword }) });
      expect(res.status).toBe(200);
      return { ...xhr, cookie: res.headers.get('set-cookie')!.split(';')[0] };
    };
    const supervisor = startSupervisor(port);
    await until(healthy);
    const [first] = supervisor.pids();

    const created = await fetch(`${api}/wards`, {
      method: 'POST', headers: await signIn(), body: JSON.stringify({ code: '409999', name: '再起動確認区', sort_order: 99 }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();

    process.kill(first, 'SIGKILL');
    await until(() => supervisor.pids().length === 2);
    await until(healthy);
    const [, second] = supervisor.pids();
    expect(second).not.toBe(first);
    expect(alive(first)).toBe(false);
    expect(supervisor.output()).toContain('サーバーが停止しました（シグナル SIGKILL）');
    const ward = await fetch(`${api}/wards/${id}`, { headers: await signIn() });
    expect(await ward.json()).toMatchObject({ name: '再起動確認区' });

    supervisor.proc.kill('SIGTERM');
    const [code] = await supervisor.exited;
    expect(code).toBe(0);
    expect(alive(second)).toBe(false);
    expect(supervisor.pids()).toHaveLength(2);
  }, 180_000);

  it('gives up with exit code 1 when the server keeps dying (port already taken)', async () => {
    const squatter = createServer().listen(0);
    await once(squatter, 'listening');
    cleanups.push(() => new Promise((resolve) => squatter.close(resolve)));
    const supervisor = startSupervisor((squatter.address() as AddressInfo).port);
    const [code] = await supervisor.exited;
    expect(code).toBe(1);
    expect(supervisor.pids()).toHaveLength(6);
    expect(supervisor.output()).toContain('60秒間に6回停止したため、再起動を中止します');
  }, 180_000);
});
