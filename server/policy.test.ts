import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions, can, grantFor, policy, surveyFields, within, type Action, type Actor, type Role } from '../db/policy';
import { resources, type ResourceName } from '../db/schema';
import { fixtureIds, newRecords } from './fixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let sessions: Record<Role, Session>;
let actors: Record<Role, Actor>;
let fresh: ReturnType<typeof newRecords>;
const roles = Object.keys(policy) as Role[];

const firstId = async (table: string) => (await server.db(table).orderBy('id').first('id')).id as number;
const record = async (table: string, id: number) => (await sessions.admin.fetch(`/${table}/${id}`)).json();
const createAsAdmin = async (name: ResourceName) => {
  const res = await sessions.admin.fetch(`/${name}`, { method: 'POST', body: JSON.stringify(fresh[name]) });
  expect(res.status).toBe(201);
  return res.json();
};
const outOfScope = (actor: Actor, name: ResourceName, one: Record<string, unknown>) =>
  can(actor, name, 'read') && !within(one, grantFor(actor, name)?.scope?.(actor));
const sampleFor = async (name: ResourceName, actor: Actor) => {
  if (name.startsWith('c1_') && grantFor(actor, name)?.scope) return (await (await sessions[actor.role].fetch(`/${name}?range=[0,0]`)).json())[0];
  if (name !== 'request_tasks' || !policy[actor.role].request_tasks?.scope) return record(name, await firstId(name));
  const own = await server.db('request_tasks').where({ requesting_department_id: actor.department_id, status: 'not_started' }).first('id');
  return record(name, own.id);
};
const harmlessChange = (name: ResourceName, before: Record<string, unknown>) =>
  name === 'request_tasks' ? { burden_level: before.burden_level === 5 ? 4 : 5 } : {};

beforeAll(async () => {
  server = await startTestServer();
  sessions = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await server.as(r)]))) as Record<Role, Session>;
  actors = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await (await sessions[r].fetch('/auth/me')).json()]))) as Record<Role, Actor>;
  fresh = newRecords(await fixtureIds(server, sessions.admin));
});
afterAll(() => server.close());

const writable = resources.filter((r) => !r.readOnly).map((r) => r.name);
const cells = roles.flatMap((role) => resources.flatMap((r) => actions.map((action) => [role, r.name, action] as [Role, ResourceName, Action])))
  .filter(([, name, action]) => action === 'read' || writable.includes(name));

describe('every cell of the role × resource × action policy', () => {
  it.each(cells)('%s / %s / %s answers as the policy says', async (role, name, action) => {
    const actor = actors[role];
    const session = sessions[role];
    if (action === 'read') {
      const list = await session.fetch(`/${name}`);
      expect(list.status).toBe(can(actor, name, 'read') ? 200 : 403);
      const one = await sampleFor(name, actor);
      const outOfScope = can(actor, name, 'read') ? 404 : 403;
      expect((await session.fetch(`/${name}/${one.id}`)).status).toBe(can(actor, name, 'read', one) ? 200 : outOfScope);
    } else if (action === 'create') {
      const res = await session.fetch(`/${name}`, { method: 'POST', body: JSON.stringify(fresh[name]) });
      expect(res.status).toBe(can(actor, name, 'create', fresh[name]) ? 201 : 403);
      if (res.status === 201) await sessions.admin.fetch(`/${name}/${(await res.json()).id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
    } else if (action === 'update') {
      const before = await sampleFor(name, actor);
      const res = await session.fetch(`/${name}/${before.id}`, { method: 'PUT', body: JSON.stringify({ ...before, ...harmlessChange(name, before) }) });
      expect(res.status).toBe(can(actor, name, 'update', before) ? 200 : 403);
    } else {
      const created = await createAsAdmin(name);
      const res = await session.fetch(`/${name}/${created.id}`, { method: 'DELETE', headers: { 'if-match': String(created.version) } });
      expect(res.status).toBe(can(actor, name, 'delete', created) ? 200 : outOfScope(actor, name, created) ? 404 : 403);
      if (res.status !== 200) await sessions.admin.fetch(`/${name}/${created.id}`, { method: 'DELETE', headers: { 'if-match': String(created.version) } });
    }
  });
});

describe('record and field conditions', () => {
  it('shows a department contact only the tasks of their own department', async () => {
    const res = await sessions.dept_contact.fetch('/request_tasks?range=[0,999]');
    const rows = await res.json();
    const [{ n }] = await server.db('request_tasks').where({ requesting_department_id: actors.dept_contact.department_id }).count({ n: '*' });
    expect(rows.length).toBe(Number(n));
    expect(rows.every((r: { requesting_department_id: number }) => r.requesting_department_id === actors.dept_contact.department_id)).toBe(true);
  });

  it('lets a department contact change survey fields of an own task until it is surveyed, and nothing else', async () => {
    const own = (status: string) => server.db('request_tasks').where({ requesting_department_id: actors.dept_contact.department_id, status }).first('id');
    const open = await record('request_tasks', (await own('not_started')).id);
    const put = (body: object) => sessions.dept_contact.fetch(`/request_tasks/${open.id}`, { method: 'PUT', body: JSON.stringify(body) });
    expect((await put({ version: open.version, frequency: 'annual', months: [6] })).status).toBe(200);
    expect((await put({ version: open.version + 1, title: '勝手な変更' })).status).toBe(403);
    expect((await put({ version: open.version + 1, decision: 'abolish' })).status).toBe(403);
    expect(surveyFields).toContain('frequency');
    await server.db('request_tasks').where({ id: open.id }).update({ status: 'surveyed' });
    expect((await put({ version: open.version + 1, frequency: 'monthly' })).status).toBe(403);
  });

  it('never lets anyone filter or sort by a field they may not read, and hides it in answers', async () => {
    expect((await sessions.viewer.fetch('/users?filter={"login":"admin"}')).status).toBe(403);
    expect((await sessions.viewer.fetch('/users?sort=["login","ASC"]')).status).toBe(403);
    const rows = await (await sessions.viewer.fetch('/users')).json();
    expect(rows.every((u: object) => !('login' in u) && !('password_hash' in u))).toBe(true);
    expect((await sessions.admin.fetch('/users?filter={"login":"admin"}')).status).toBe(200);
    const admins = await (await sessions.admin.fetch('/users')).json();
    expect(admins.every((u: object) => 'login' in u && !('password_hash' in u))).toBe(true);
  });

  it('refuses anyone raising their own role or deactivating themselves', async () => {
    for (const role of ['admin', 'secretariat'] as Role[]) {
      const me = await record('users', actors[role].id);
      const res = await sessions[role].fetch(`/users/${me.id}`, { method: 'PUT', body: JSON.stringify({ ...me, role: role === 'admin' ? 'viewer' : 'admin' }) });
      expect(res.status).toBe(403);
    }
    expect((await server.db('users').where({ id: actors.secretariat.id }).first()).role).toBe('secretariat');
  });
});
