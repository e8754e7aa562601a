import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTask } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let contact: Session;
let contactDept: number;

const bulk = (session: Session, body: object) =>
  session.fetch('/request_tasks/transitions', { method: 'POST', body: JSON.stringify(body) });
const statuses = async (ids: number[]) => server.db('request_tasks').whereIn('id', ids).orderBy('id').pluck('status');
const historyOf = (ids: number[]) => server.db('request_task_transitions').whereIn('request_task_id', ids);

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
  contact = await server.as('dept_contact');
  contactDept = (await (await contact.fetch('/auth/me')).json()).department_id;
});
afterAll(() => server.close());

describe('bulk moves', () => {
  it('move none when one task may not move, naming that task and why', async () => {
    const ready = await Promise.all([1, 2, 3].map(() => makeTask(server, 'surveying')));
    const stuck = await makeTask(server, 'not_started');
    const ids = [...ready, stuck].map((t) => t.id);
    const res = await bulk(secretariat, { ids, to: 'surveyed', note: 'まとめて回答済に' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toContain('どの業務も変更しませんでした');
    expect(body.failures).toEqual([{ id: stuck.id, label: stuck.task_code, reason: expect.stringContaining('「未着手」から「回答済」へは変更できません') }]);
    expect(await statuses(ids)).toEqual(['surveying', 'surveying', 'surveying', 'not_started']);
    expect(await historyOf(ids)).toEqual([]);
  });

  it('move all tasks in one go, one history row each, when every move is allowed', async () => {
    const tasks = await Promise.all([1, 2, 3].map(() => makeTask(server, 'pt_review')));
    const ids = tasks.map((t) => t.id);
    const decision = { decision: 'digitize', rationale: '電子申請に一本化', effective_from: '2027-04-01', decided_by: 'pt' };
    const res = await bulk(secretariat, { ids, to: 'decided', note: '第5回PTで決定', ...decision });
    expect(res.status).toBe(200);
    expect(await statuses(ids)).toEqual(['decided', 'decided', 'decided']);
    const rows = await historyOf(ids);
    expect(rows.map((r) => [r.from_status, r.to_status, r.note, r.actor])).toEqual(ids.map(() => ['pt_review', 'decided', '第5回PTで決定', '事務局担当A']));
  });

  it('answer 409 when a task moved meanwhile, and list field errors as the reason', async () => {
    const a = await makeTask(server, 'pt_review');
    const b = await makeTask(server, 'pt_review');
    const moved = await bulk(secretariat, { ids: [a.id, b.id], to: 'drafting', note: '差戻し', from: 'drafting' });
    expect(moved.status).toBe(409);
    const missing = await bulk(secretariat, { ids: [a.id, b.id], to: 'decided', decision: 'abolish' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).failures.map((f: { reason: string }) => f.reason)).toEqual([
      expect.stringContaining('「決定」の業務には入力が必要です'), expect.stringContaining('「決定」の業務には入力が必要です'),
    ]);
    expect(await statuses([a.id, b.id])).toEqual(['pt_review', 'pt_review']);
  });

  it('refuse a department contact answering for another department as for a missing task, recording the refusal', async () => {
    const own = await makeTask(server, 'surveying', { departmentId: contactDept });
    const other = await makeTask(server, 'surveying', { departmentId: contactDept + 1 });
    const res = await bulk(contact, { ids: [own.id, other.id], to: 'surveyed' });
    expect(res.status).toBe(404);
    const hidden = { label: null, reason: 'この記録は存在しないか、閲覧する権限がありません' };
    expect((await res.json()).failures).toEqual([{ id: other.id, ...hidden }]);
    expect((await (await bulk(contact, { ids: [own.id, 999_999], to: 'surveyed' })).json()).failures).toEqual([{ id: 999_999, ...hidden }]);
    expect(await statuses([own.id, other.id])).toEqual(['surveying', 'surveying']);
    expect(await server.db('audit_events').where({ action: 'denied', record_id: other.id })).toHaveLength(1);
  });
});

describe('bulk moves set only what was filled in', () => {
  const own = async (ids: number[]) => server.db('request_tasks').whereIn('id', ids).orderBy('id').select('proposal', 'next_action_due');
  const twoDrafts = async () => [
    await makeTask(server, 'drafting', { load: { proposal: 'C-003 の見直し案: 回覧を電子化', next_action_due: '2027-02-17' } }),
    await makeTask(server, 'drafting', { load: { proposal: 'C-004 の見直し案: 年2回に縮小', next_action_due: '2027-03-01' } }),
  ];

  it('keeps each task its own proposal and due date when those inputs are left empty', async () => {
    const tasks = await twoDrafts();
    const ids = tasks.map((t) => t.id);
    const before = await own(ids);
    const res = await bulk(secretariat, { ids, to: 'pt_review', note: 'PT協議へ', proposal: null, next_action_due: '', pt_session_id: null });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await statuses(ids)).toEqual(['pt_review', 'pt_review']);
    expect(await own(ids)).toEqual(before);
    const events = await server.db('audit_events').whereIn('record_id', ids).where({ resource: 'request_tasks', action: 'transition' });
    expect(events.map((e) => Object.keys(JSON.parse(e.changes)))).toEqual([['status'], ['status']]);
  });

  it('never blanks a due date the person did not fill in, and sets a typed one on every task', async () => {
    const tasks = [];
    for (const due of ['2027-02-17', '2027-02-20', null]) tasks.push(await makeTask(server, 'not_started', { load: { next_action_due: due } }));
    const ids = tasks.map((t) => t.id);
    expect((await bulk(secretariat, { ids, to: 'surveying', next_action_due: null })).status).toBe(200);
    expect((await own(ids)).map((t) => t.next_action_due)).toEqual(['2027-02-17', '2027-02-20', null]);
    expect((await bulk(secretariat, { ids, to: 'surveyed', next_action_due: '2027-04-30' })).status).toBe(200);
    expect((await own(ids)).map((t) => t.next_action_due)).toEqual(['2027-04-30', '2027-04-30', '2027-04-30']);
  });

  it('applies a typed proposal to all tasks', async () => {
    const ids = (await twoDrafts()).map((t) => t.id);
    expect((await bulk(secretariat, { ids, to: 'pt_review', proposal: '共通の見直し案' })).status).toBe(200);
    expect(await own(ids)).toEqual([
      { proposal: '共通の見直し案', next_action_due: '2027-02-17' }, { proposal: '共通の見直し案', next_action_due: '2027-03-01' },
    ]);
  });

  it('refuses the whole move, naming each task that lacks a required value by its Japanese label', async () => {
    const [ready] = await twoDrafts();
    const bare = await makeTask(server, 'drafting');
    const ids = [ready.id, bare.id];
    const res = await bulk(secretariat, { ids, to: 'pt_review', proposal: '' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toContain('どの業務も変更しませんでした');
    expect(body.failures).toEqual([{ id: bare.id, label: bare.task_code, reason: 'PT協議には見直し案が必要です（見直し案）' }]);
    expect(await statuses(ids)).toEqual(['drafting', 'drafting']);
    expect((await own(ids)).map((t) => t.proposal)).toEqual([ready.proposal, null]);
  });
});

describe('history of moves', () => {
  it('is listed by task, readable by the secretariat, and only for their own department by a contact', async () => {
    const own = await makeTask(server, 'surveying', { departmentId: contactDept });
    const other = await makeTask(server, 'surveying', { departmentId: contactDept + 1 });
    await bulk(secretariat, { ids: [own.id, other.id], to: 'surveyed', note: '回答受領' });
    const list = async (session: Session, id: number) =>
      (await session.client.getList('request_task_transitions', { filter: { request_task_id: id }, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' } }));
    expect((await list(secretariat, other.id)).data).toMatchObject([{ from_status: 'surveying', to_status: 'surveyed', note: '回答受領' }]);
    expect((await list(contact, own.id)).total).toBe(1);
    expect((await list(contact, other.id)).total).toBe(0);
    const [row] = await historyOf([other.id]);
    expect((await contact.fetch(`/request_task_transitions/${row.id}`)).status).toBe(404);
    const seeded = await contact.client.getList('request_task_transitions', { filter: {}, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } });
    const [{ n }] = await server.db('request_task_transitions').where({ requesting_department_id: contactDept }).count({ n: '*' });
    expect(seeded.total).toBe(Number(n));
  });

  it('cannot be written through the API', async () => {
    const [row] = await server.db('request_task_transitions').limit(1);
    expect((await secretariat.fetch('/request_task_transitions', { method: 'POST', body: JSON.stringify(row) })).status).toBe(404);
    expect((await secretariat.fetch(`/request_task_transitions/${row.id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('bulk assignment of owner and PT session', () => {
  it('assigns all selected tasks or, when one is refused, none', async () => {
    const session = await server.db('pt_sessions').orderBy('id', 'desc').first('id');
    const tasks = await Promise.all([1, 2].map(() => makeTask(server, 'drafting')));
    const ids = tasks.map((t) => t.id);
    await expect(secretariat.client.updateMany('request_tasks', { ids: [...ids, 999_999], data: { pt_session_id: session.id } }))
      .rejects.toMatchObject({ status: 404 });
    expect(await server.db('request_tasks').whereIn('id', ids).pluck('pt_session_id')).toEqual([null, null]);
    const owner = await server.db('users').where({ login: 'secretariat2' }).first('id');
    await secretariat.client.updateMany('request_tasks', { ids, data: { pt_session_id: session.id, owner_user_id: owner.id } });
    expect(await server.db('request_tasks').whereIn('id', ids).select('pt_session_id', 'owner_user_id'))
      .toEqual(ids.map(() => ({ pt_session_id: session.id, owner_user_id: owner.id })));
  });
});
