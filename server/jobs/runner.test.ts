import { afterAll, describe, expect, it, vi } from 'vitest';
import { runJob, spareIdleMs, spareWaiting, stopSpares } from './runner';

const entry = new URL('./processJob.ts', import.meta.url);
type Answer = { pid: number; startedAt: number };
const job = () => runJob<Answer>(entry, { database: ':memory:' });
const until = async <T>(check: () => Promise<T>) => {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
};
const exited = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

afterAll(stopSpares);

describe('job processes', () => {
  it('runs the next job in the process started and waiting for it, one process per job', async () => {
    const first = await job();
    const waiting = await until(() => spareWaiting(entry));
    const asked = Date.now();
    const second = await job();
    expect([second.pid === first.pid, second.pid]).toEqual([false, waiting]);
    expect(second.startedAt).toBeLessThan(asked);
  });

  it('starts a new process when the waiting one has ended by itself', async () => {
    const waiting = (await until(() => spareWaiting(entry)))!;
    process.kill(waiting, 'SIGKILL');
    await until(async () => exited(waiting));
    const asked = Date.now();
    const answer = await job();
    expect(answer.pid).not.toBe(waiting);
    expect(answer.startedAt).toBeGreaterThanOrEqual(asked - 50);
  });

  it('ends a waiting process once it has waited the idle limit', async () => {
    stopSpares();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await job();
      const waiting = (await until(() => spareWaiting(entry)))!;
      vi.advanceTimersByTime(spareIdleMs - 1000);
      expect(await spareWaiting(entry)).toBe(waiting);
      vi.advanceTimersByTime(1000);
      expect(await spareWaiting(entry)).toBeUndefined();
      await until(async () => exited(waiting));
    } finally {
      vi.useRealTimers();
    }
  });
});
