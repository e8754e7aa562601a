import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /api/health', () => {
  it('answers ok without a session cookie or X-Requested-With, and carries no data', async () => {
    const res = await fetch(`${server.api}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers HEAD for monitors that only look at the status', async () => {
    const res = await fetch(`${server.api}/health`, { method: 'HEAD' });
    expect(res.status).toBe(200);
  });

  it('starts no session and writes nothing', async () => {
    const before = await server.db('sessions').count({ n: '*' }).first();
    const audits = await server.db('audit_events').count({ n: '*' }).first();
    await fetch(`${server.api}/health`);
    expect(await server.db('sessions').count({ n: '*' }).first()).toEqual(before);
    expect(await server.db('audit_events').count({ n: '*' }).first()).toEqual(audits);
  });

  it('is the only API path open without a session', async () => {
    expect((await fetch(`${server.api}/health/x`)).status).toBe(401);
    expect((await fetch(`${server.api}/wards`)).status).toBe(401);
  });

  it('answers 503 in Japanese, and nothing more, when the database cannot be reached', async () => {
    const other = await startTestServer({ seeded: false });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await other.db.destroy();
      const res = await fetch(`${other.api}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', message: 'データベースに接続できません' });
      expect(quiet).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
      await other.close();
    }
  });
});
