import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersWritten } from './actors';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;

type Query = { sql: string; __knexTxId?: string };
const readsUsers = (q: Query) => /^select\b/i.test(q.sql) && /["`]users["`]/.test(q.sql);
const me = (session: Session) => session.fetch('/auth/me');
const userId = async (login: string) => (await server.db('users').where({ login }).first('id')).id as number;
const version = async (id: number) => (await server.db('users').where({ id }).first('version')).version as number;
const put = async (id: number, changes: Record<string, unknown>) =>
  admin.fetch(`/users/${id}`, { method: 'PUT', body: JSON.stringify({ version: await version(id), ...changes }) });

const usersReadsDuring = async (work: () => Promise<unknown>) => {
  const seen: string[] = [];
  const listen = (q: Query) => {
    if (readsUsers(q)) seen.push(q.sql);
  };
  server.db.on('query', listen);
  try {
    await work();
  } finally {
    server.db.off('query', listen);
  }
  return seen;
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
});
afterAll(() => server.close());

describe('the actor of a session', () => {
  it('is not read from the users table again on the next request of a signed-in user or judge', async () => {
    for (const login of ['viewer', 'judge']) {
      const session = await server.as(login);
      expect(await usersReadsDuring(() => me(session)), login).toHaveLength(1);
      const reads = await usersReadsDuring(async () => {
        const res = await me(session);
        expect(res.status).toBe(200);
        expect((await res.json()).role).toBe(login);
      });
      expect(reads, login).toEqual([]);
    }
  });

  it('ends at once when an admin deactivates or demotes the user, on the very next request', async () => {
    const id = await userId('pt_member2');
    const changes = [{ active: false }, { role: 'viewer' }];
    for (const change of changes) {
      await server.db('users').where({ id }).update({ active: true, role: 'pt_member' });
      const session = await server.as('pt_member2');
      expect((await me(session)).status).toBe(200);
      expect((await me(session)).status).toBe(200);
      const res = await put(id, change);
      expect(res.status, await res.text()).toBe(200);
      expect((await me(session)).status, JSON.stringify(change)).toBe(401);
      expect((await session.fetch('/request_tasks')).status).toBe(401);
    }
    await server.db('users').where({ id }).update({ active: true, role: 'pt_member' });
  });

  it('carries a role change and a new display name into the next request', async () => {
    const id = await userId('dept_contact2');
    const before = await server.as('dept_contact2');
    expect((await me(before)).status).toBe(200);
    expect((await put(id, { display_name: '所管課担当B（改名）' })).status).toBe(200);
    expect((await (await me(before)).json()).display_name).toBe('所管課担当B（改名）');
    expect((await put(id, { role: 'viewer', department_id: null })).status).toBe(200);
    expect((await me(before)).status).toBe(401);
    const after = await server.as('dept_contact2');
    expect(await (await me(after)).json()).toMatchObject({ role: 'viewer', department_id: null, display_name: '所管課担当B（改名）' });
    expect((await after.fetch('/request_tasks', { method: 'POST', body: '{}' })).status).toBe(403);
  });

  it('is unchanged by a users write that was rolled back', async () => {
    const viewer = await server.as('viewer');
    const seen = await (await me(viewer)).json();
    const ids = [await userId('viewer'), await userId('admin')];
    const refused = await admin.fetch('/users/bulk_update', { method: 'POST', body: JSON.stringify({ ids, data: { role: 'secretariat' } }) });
    expect(refused.status).toBe(403);
    expect(await (await me(viewer)).json()).toEqual(seen);
    expect((await me(admin)).status).toBe(200);
    const renamed = await admin.fetch(`/users/${ids[1]}`, { method: 'PUT', body: JSON.stringify({ version: await version(ids[1]), display_name: '改名', active: false }) });
    expect(renamed.status).toBe(403);
    expect(await (await me(admin)).json()).toMatchObject({ role: 'admin', display_name: '管理者A' });
  });

  it('is read again after a users write commits that a request read around', async () => {
    const id = await userId('secretariat2');
    const session = await server.as('secretariat2');
    expect((await me(session)).status).toBe(200);
    let during: Promise<Response> | undefined;
    await server.db.transaction(async (trx) => {
      usersWritten(trx);
      await trx('users').where({ id }).update({ display_name: '事務局担当B（改名）' });
      let answered = () => {};
      const seen = (_rows: unknown, q: Query) => {
        if (readsUsers(q) && !q.__knexTxId) answered();
      };
      const read = new Promise<void>((resolve) => {
        answered = resolve;
        setTimeout(resolve, 500);
      });
      server.db.on('query-response', seen);
      during = me(session);
      await read.finally(() => server.db.off('query-response', seen));
    });
    expect((await during!).status).toBe(200);
    expect((await (await me(session)).json()).display_name).toBe('事務局担当B（改名）');
  });
});
