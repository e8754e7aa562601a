import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../db/seeds';
import { failuresPerAccount, failuresPerAddress } from './auth';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;

const xhr = { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' };
const login = (username: string, password: string, headers: Record<string, string> = {}, on = server) =>
  fetch(`${on.api}/auth/login`, { method: 'POST', headers: { ...xhr, ...headers }, body: JSON.stringify({ username, password }) });
const me = (cookie: string) => fetch(`${server.api}/auth/me`, { headers: { cookie } });
const userId = async (login: string) => (await server.db('users').where({ login }).first('id')).id as number;
const record = async (id: number) => (await admin.fetch(`/users/${id}`)).json();

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
});
afterAll(() => server.close());

describe('sign-in limits', () => {
  it('never counts successful sign-ins, so a whole office behind one address can sign in', async () => {
    for (let i = 0; i < failuresPerAddress + 10; i++) expect((await login('viewer', demoPassword)).status).toBe(200);
  });

  it('counts failures per address by the proxy-reported client when TRUST_PROXY is set', async () => {
    const proxied = await startTestServer({ trustProxy: 1 });
    try {
      for (let i = 0; i < failuresPerAddress; i++) {
        expect((await login(`nobody${i}`, 'wrong', { 'x-forwarded-for': '198.51.100.7' }, proxied)).status).toBe(401);
      }
      expect((await login('viewer', demoPassword, { 'x-forwarded-for': '198.51.100.7' }, proxied)).status).toBe(429);
      expect((await login('viewer', demoPassword, { 'x-forwarded-for': '198.51.100.8' }, proxied)).status).toBe(200);
      const last = await proxied.db('audit_events').where({ action: 'login' }).orderBy('id', 'desc').first('ip');
      expect(last.ip).toBe('198.51.100.8');
    } finally {
      await proxied.close();
    }
  });

  it('ignores X-Forwarded-For when TRUST_PROXY is off', async () => {
    const failures = failuresPerAccount - 1;
    for (let i = 0; i < failures; i++) await login('pt_member2', 'wrong', { 'x-forwarded-for': `203.0.113.${i}` });
    const row = await server.db('audit_events').where({ action: 'login_failed' }).orderBy('id', 'desc').first('ip');
    expect(row.ip).toMatch(/127\.0\.0\.1/);
    expect((await login('pt_member2', demoPassword)).status).toBe(200);
  });
});

describe('session revocation', () => {
  const changes: Record<string, (id: number) => Promise<Response>> = {
    'a password reset': (id) => admin.fetch(`/users/${id}/password`, { method: 'POST', body: JSON.stringify({ password: 'new-password-2026!' }) }),
    'a role change': async (id) => admin.fetch(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ version: (await record(id)).version, role: 'viewer' }) }),
    'a department change': async (id) => {
      const other = await server.db('departments').whereNot({ id: (await record(id)).department_id ?? 0 }).first('id');
      return admin.fetch(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ version: (await record(id)).version, department_id: other.id }) });
    },
    'a deactivation through the bulk route': (id) =>
      admin.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [id], data: { active: false } }) }),
  };

  for (const [what, change] of Object.entries(changes)) {
    it(`ends every session of the user on ${what}`, async () => {
      const id = await userId('pt_member');
      await server.db('users').where({ id }).update({ role: 'pt_member', active: true });
      const first = (await server.as('pt_member')).cookie;
      const second = (await server.as('pt_member')).cookie;
      expect((await me(first)).status).toBe(200);
      expect((await change(id)).status).toBe(200);
      expect((await me(first)).status).toBe(401);
      expect((await me(second)).status).toBe(401);
      await server.db('users').where({ id }).update({ active: true, password_hash: (await server.db('users').where({ login: 'viewer' }).first('password_hash')).password_hash });
    });
  }

  it('keeps a display-name change from ending sessions', async () => {
    const id = await userId('viewer');
    const viewer = await server.as('viewer');
    const res = await admin.fetch(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ version: (await record(id)).version, display_name: '閲覧者（改名）' }) });
    expect(res.status, await res.text()).toBe(200);
    expect((await me(viewer.cookie)).status).toBe(200);
  });

  it('keeps the own session of an admin who resets their own password, and ends the others', async () => {
    const id = await userId('admin');
    const other = await server.as('admin');
    const res = await admin.fetch(`/users/${id}/password`, { method: 'POST', body: JSON.stringify({ password: demoPassword }) });
    expect(res.status, await res.text()).toBe(200);
    expect((await me(admin.cookie)).status).toBe(200);
    expect((await me(other.cookie)).status).toBe(401);
  });
});

describe('never without an active admin', () => {
  const adminId = () => userId('admin');

  it('refuses an admin demoting, deactivating or deleting themselves on every route, and changes nothing', async () => {
    const id = await adminId();
    const before = await record(id);
    const attempts = [
      admin.fetch(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ version: before.version, role: 'viewer' }) }),
      admin.fetch(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ version: before.version, active: false }) }),
      admin.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [id], data: { role: 'secretariat' } }) }),
      admin.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [id], data: { active: false } }) }),
      admin.fetch(`/users/${id}`, { method: 'DELETE', headers: { 'if-match': String(before.version) } }),
      admin.fetch('/users/bulk_delete', { method: 'POST', body: JSON.stringify({ ids: [id] }) }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect((await res.json()).message).toMatch(/自分自身/);
    }
    expect(await record(id)).toEqual(before);
    expect((await me(admin.cookie)).status).toBe(200);
  });

  it('refuses a change that leaves no active admin, whoever makes it', async () => {
    const created = await admin.fetch('/users', {
      method: 'POST', body: JSON.stringify({ login: 'admin_b', display_name: '管理者B', role: 'admin', active: true }),
    });
    expect(created.status).toBe(201);
    const b = (await created.json()).id;
    await server.db('users').where({ id: b }).update({ password_hash: (await server.db('users').where({ login: 'admin' }).first('password_hash')).password_hash });
    const adminB = await server.as('admin_b');
    const res = await adminB.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [await adminId()], data: { active: false } }) });
    expect(res.status, await res.text()).toBe(200);
    await server.db('users').where({ id: b }).update({ role: 'secretariat' });
    const [{ n }] = await server.db('users').where({ role: 'admin', active: true }).count({ n: '*' });
    expect(Number(n)).toBe(0);
    await server.db('users').where({ id: b }).update({ role: 'admin' });
    const restore = await adminB.fetch(`/users/${await adminId()}`, {
      method: 'PUT', body: JSON.stringify({ version: (await server.db('users').where({ id: await adminId() }).first('version')).version, active: true }),
    });
    expect(restore.status).toBe(200);
    const demoteOther = await adminB.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [await adminId()], data: { role: 'viewer' } }) });
    expect(demoteOther.status).toBe(200);
    const demoteSelf = await adminB.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [b], data: { role: 'viewer' } }) });
    expect(demoteSelf.status).toBe(403);
  });
});
