import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../db/seeds';
import { resources } from '../db/schema';
import { failuresPerAddress } from './auth';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
const xhr = { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' };
const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.api}/auth/login`, { method: 'POST', headers: { ...xhr, ...headers }, body: JSON.stringify({ username, password }) });

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('signing in', () => {
  it('answers 401 on every API route without a session', async () => {
    const paths = [...resources.map((r) => `/${r.name}`), ...resources.map((r) => `/${r.name}/1`), '/auth/me', '/nothing'];
    for (const path of paths) expect((await fetch(`${server.api}${path}`)).status, path).toBe(401);
    const put = await fetch(`${server.api}/request_tasks/1`, { method: 'PUT', headers: xhr, body: '{}' });
    expect(put.status).toBe(401);
    expect((await put.json()).message).toBe('ログインしてください');
  });

  it('starts a session in an HttpOnly, SameSite=Strict cookie stored in the database, and ends it on logout', async () => {
    const res = await login('secretariat', demoPassword);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'secretariat', display_name: '事務局担当A' });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const idle = new Date(/Expires=([^;]+)/.exec(cookie)![1]).getTime() - Date.now();
    expect(idle).toBeGreaterThan(29 * 60_000);
    expect(idle).toBeLessThanOrEqual(30 * 60_000);
    const [{ n }] = await server.db('sessions').count({ n: '*' });
    expect(Number(n)).toBeGreaterThan(0);
    const headers = { ...xhr, cookie: cookie.split(';')[0] };
    expect((await fetch(`${server.api}/auth/me`, { headers })).status).toBe(200);
    expect((await fetch(`${server.api}/auth/logout`, { method: 'POST', headers })).status).toBe(200);
    expect((await fetch(`${server.api}/auth/me`, { headers })).status).toBe(401);
  });

  it('refuses a wrong password or an inactive account with the same Japanese message', async () => {
    const wrong = await login('viewer', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toBe('ユーザー名またはパスワードが違います');
    await server.db('users').where({ login: 'pt_member2' }).update({ active: false });
    const inactive = await login('pt_member2', demoPassword);
    expect(inactive.status).toBe(401);
    expect((await inactive.json()).message).toBe('ユーザー名またはパスワードが違います');
  });

  it('stores only scrypt hashes of passwords', async () => {
    const rows = await server.db('users').select('password_hash');
    for (const { password_hash } of rows) expect(password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('ends a session that passed its absolute lifetime even while it is in use', async () => {
    const session = await server.as('viewer');
    expect((await session.fetch('/auth/me')).status).toBe(200);
    for (const row of await server.db('sessions')) {
      const sess = JSON.parse(row.sess);
      await server.db('sessions').where({ sid: row.sid }).update({ sess: JSON.stringify({ ...sess, startedAt: Date.now() - 11 * 3_600_000 }) });
    }
    expect((await session.fetch('/auth/me')).status).toBe(401);
  });

  it('refuses state-changing requests without X-Requested-With, even with a session', async () => {
    const session = await server.as('admin');
    const res = await fetch(`${server.api}/wards`, {
      method: 'POST', headers: { cookie: session.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ code: '409998', name: '偽装区', sort_order: 1 }),
    });
    expect(res.status).toBe(403);
    expect(await server.db('wards').where({ code: '409998' })).toEqual([]);
  });

  it('lets an admin reset a password, and nobody else', async () => {
    const admin = await server.as('admin');
    const viewerId = (await server.db('users').where({ login: 'viewer' }).first()).id;
    const reset = (session: typeof admin, password: string) =>
      session.fetch(`/users/${viewerId}/password`, { method: 'POST', body: JSON.stringify({ password }) });
    expect((await reset(admin, 'short')).status).toBe(400);
    expect((await reset(await server.as('secretariat'), 'new-password-123')).status).toBe(403);
    expect((await reset(admin, 'new-password-123')).status).toBe(200);
    expect((await login('viewer', 'new-password-123')).status).toBe(200);
    expect((await login('viewer', demoPassword)).status).toBe(401);
  });

  it('sends security headers and no-store on the API', async () => {
    const res = await fetch(`${server.api}/auth/me`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('rate limiting of sign-in', () => {
  it('locks an account after five failures, however its name is written, while other accounts still work', async () => {
    for (const name of ['dept_contact2', 'DEPT_CONTACT2', ' dept_contact2', 'ｄｅｐｔ_contact2', 'dept_contact2']) {
      expect((await login(name, 'wrong-password')).status).toBe(401);
    }
    const locked = await login('dept_contact2', demoPassword);
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toMatch(/試行回数が多すぎます/);
    expect((await login('secretariat2', demoPassword)).status).toBe(200);
  });

  it('limits failed attempts per address whatever X-Forwarded-For claims', async () => {
    let status = 0;
    for (let i = 0; i <= failuresPerAddress && status !== 429; i++) {
      status = (await login(`nobody${i}`, 'wrong-password', { 'x-forwarded-for': `10.0.0.${i}` })).status;
    }
    expect(status).toBe(429);
    expect((await login('admin', demoPassword, { 'x-forwarded-for': '192.0.2.1' })).status).toBe(429);
  });
});
