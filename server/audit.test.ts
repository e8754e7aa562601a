import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Session, type TestServer } from './testServer';
import { auditEvents } from '../db/schema';
import { auditSorts } from '../db/migrations/011_audit_sorts';

let server: TestServer;
let admin: Session;
let secretariat: Session;

const eventsFor = (resource: string, id: number) =>
  server.db('audit_events').where({ resource, record_id: id }).orderBy('id').then((rows) =>
    rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) })));
const put = (session: Session, path: string, body: object) => session.fetch(path, { method: 'PUT', body: JSON.stringify(body) });

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  secretariat = await server.as('secretariat');
});
afterAll(() => server.close());

describe('no lost updates', () => {
  it('lets exactly one of ten concurrent edits from the same version win and names the winner to the others', async () => {
    const task = await (await secretariat.fetch('/request_tasks/5')).json();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      put(i % 2 ? admin : secretariat, '/request_tasks/5', { ...task, hours_per_occurrence: i + 1 })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    const winner = answers.find((a) => a.status === 200)!;
    const saved = await winner.json();
    expect(saved.version).toBe(task.version + 1);
    const name = saved.hours_per_occurrence % 2 === 0 ? '管理者A' : '事務局担当A';
    for (const loser of answers.filter((a) => a.status === 409)) expect((await loser.json()).message).toContain(`${name}さんが`);
    expect(await eventsFor('request_tasks', 5)).toHaveLength(1);
  });

  it('refuses a PUT without a version and a stale delete', async () => {
    const ward = await (await admin.fetch('/wards', { method: 'POST', body: JSON.stringify({ code: '409990', name: '版試験区', sort_order: 1 }) })).json();
    expect((await put(admin, `/wards/${ward.id}`, { name: '版なし' })).status).toBe(400);
    expect((await put(admin, `/wards/${ward.id}`, { version: 1, name: '版1' })).status).toBe(200);
    const stale = await admin.fetch(`/wards/${ward.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
    expect(stale.status).toBe(409);
    expect((await admin.fetch(`/wards/${ward.id}`, { method: 'DELETE', headers: { 'if-match': '2' } })).status).toBe(200);
  });

  it('applies a bulk update to all records or, when one is refused, to none', async () => {
    const contact = await server.as('dept_contact');
    const me = await (await contact.fetch('/auth/me')).json();
    const own = await server.db('request_tasks').where({ requesting_department_id: me.department_id, status: 'not_started' }).limit(2).pluck('id');
    const other = await server.db('request_tasks').whereNot({ requesting_department_id: me.department_id }).first('id');
    const bulk = (ids: number[]) => contact.client.updateMany('request_tasks', { ids, data: { channel: 'e_form' } });
    await expect(bulk([...own, other.id])).rejects.toMatchObject({ status: 404 });
    expect(await server.db('request_tasks').whereIn('id', own).pluck('channel')).not.toContain('e_form');
    await bulk(own);
    expect(await server.db('request_tasks').whereIn('id', own).pluck('channel')).toEqual(['e_form', 'e_form']);
  });
});

describe('audit trail', () => {
  it('writes one row per create, update and delete with the changed fields, old and new', async () => {
    const created = await (await admin.fetch('/departments', { method: 'POST', body: JSON.stringify({ bureau: '監査局', section: '監査課', kind: 'city_bureau' }) })).json();
    await put(admin, `/departments/${created.id}`, { version: 1, section: '第一監査課', is_placeholder: true });
    await put(admin, `/departments/${created.id}`, { version: 2, section: '第一監査課' });
    await admin.fetch(`/departments/${created.id}`, { method: 'DELETE', headers: { 'if-match': '2' } });
    const events = await eventsFor('departments', created.id);
    expect(events.map((e) => [e.action, e.actor])).toEqual([['create', '管理者A'], ['update', '管理者A'], ['delete', '管理者A']]);
    expect(events[0].changes.bureau).toEqual({ old: null, new: '監査局' });
    expect(events[1].changes).toEqual({ section: { old: '監査課', new: '第一監査課' }, is_placeholder: { old: false, new: true } });
    expect(events[2].changes.section).toEqual({ old: '第一監査課', new: null });
  });

  it('records sign-ins, failed sign-ins and refused access', async () => {
    const viewer = await server.as('viewer');
    await viewer.fetch('/wards', { method: 'POST', body: JSON.stringify({ code: '409991', name: '拒否区', sort_order: 1 }) });
    await fetch(`${server.api}/auth/login`, {
      method: 'POST', headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' }, body: JSON.stringify({ username: 'viewer', password: 'wrong-password' }),
    });
    const recent = await server.db('audit_events').orderBy('id', 'desc').limit(3).select('action', 'actor', 'resource');
    expect(recent).toEqual([
      { action: 'login_failed', actor: '閲覧者A', resource: null },
      { action: 'denied', actor: '閲覧者A', resource: 'wards' },
      { action: 'login', actor: '閲覧者A', resource: null },
    ]);
  });

  it('is readable by the secretariat and refused to viewers', async () => {
    expect((await secretariat.fetch('/audit_events?filter={"resource":"departments"}')).status).toBe(200);
    expect((await (await server.as('viewer')).fetch('/audit_events')).status).toBe(403);
  });

  it('lets an admin undo changes back to an earlier revision, recorded as a change of its own', async () => {
    const before = await (await admin.fetch('/practice_cases/1')).json();
    await put(admin, '/practice_cases/1', { version: before.version, title: '書き換えた題名', themes: ['digital'] });
    await put(secretariat, '/practice_cases/1', { version: before.version + 1, partners: '書き換えた連携先' });
    const [first] = await eventsFor('practice_cases', 1);
    const restore = (session: Session) => session.fetch('/practice_cases/1/restore', { method: 'POST', body: JSON.stringify({ audit_event_id: first.id }) });
    expect((await restore(secretariat)).status).toBe(403);
    const restored = await restore(admin);
    expect(restored.status).toBe(200);
    expect(await restored.json()).toMatchObject({ title: before.title, themes: before.themes, partners: before.partners, version: before.version + 3 });
    const last = (await eventsFor('practice_cases', 1)).at(-1)!;
    expect(last.action).toBe('restore');
    expect(last.changes).toEqual({
      title: { old: '書き換えた題名', new: before.title }, themes: { old: ['digital'], new: before.themes }, partners: { old: '書き換えた連携先', new: before.partners },
    });
  });
});

describe('audit list sorts at scale', () => {
  it('has a sort index for every column the audit list shows', () => {
    const shown = Object.keys(auditEvents.fields.shape).filter((f) => !['changes', 'user_id'].includes(f));
    expect([...auditSorts].sort()).toEqual([...shown, 'created_at'].sort());
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL).each([...auditSorts, 'id'])('reads a page sorted by %s off an index on SQLite, without sorting the table', async (column) => {
    for (const order of ['asc', 'desc']) {
      const plan = await server.db.raw(`explain query plan select * from audit_events order by ${column} ${order}, id ${order} limit 50 offset 5000`);
      expect(plan.map((p: { detail: string }) => p.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });
});
