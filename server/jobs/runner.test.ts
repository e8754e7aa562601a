import { afterAll, describe, expect, it, vi } from 'vitest';
import { runJob, spareIdleMs, spareWaiting, stopSpares } from './runner';

const entry = new URL('./processJob.ts', import.meta.url);
type Answer = { pid: number; startedAt: number };
const job = () => runJob<Answer>(entry, { database: ':memory:' });
const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((resolve) => setImmediate(resolve));
};

afterAll(stopSpares);

describe('job processes', () => {
  it('runs the next job in a process started before it was asked for, one process per job', async () => {
    const first = await job();
    await until(() => spareWaiting(entry));
    const asked = Date.now();
    const second = await job();
    expect(second.pid).not.toBe(first.pid);
    expect(second.startedAt).toBeLessThan(asked);
  });

  it('starts a new process when the waiting one has gone', async () => {
    await until(() => spareWaiting(entry));
    stopSpares();
    const asked = Date.now();
    expect((await job()).startedAt).toBeGreaterThanOrEqual(asked - 50);
  });

  it('ends a waiting process once it has waited the idle limit', async () => {
    stopSpares();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await job();
      await until(() => spareWaiting(entry));
      vi.advanceTimersByTime(spareIdleMs - 1000);
      expect(await spareWaiting(entry)).toBe(true);
      vi.advanceTimersByTime(1000);
      await until(async () => !(await spareWaiting(entry)));
    } finally {
      vi.useRealTimers();
    }
  });
});
