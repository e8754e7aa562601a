import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../db/policy';
import { enums } from '../db/schema';
import { findMove as findIn, type Move } from '../db/workflow';
import { requestTaskWorkflow, type Status } from '../db/workflows/requestTasks';

const { moves } = requestTaskWorkflow;
const findMove = (task: { status: string; held_from?: string | null }, to: string) => findIn(requestTaskWorkflow, task, to);
import { makeTask, moveBody } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let sessions: Record<Role, Session>;
let contactDept: number;
const roles = enums.role;

const post = (session: Session, id: number, body: object) =>
  session.fetch(`/request_tasks/${id}/transitions`, { method: 'POST', body: JSON.stringify(body) });
const row = (id: number) => server.db('request_tasks').where({ id }).first();
const history = (id: number) => server.db('request_task_transitions').where({ request_task_id: id }).orderBy('id');
const taskFor = (move: Move<Status>) => makeTask(server, move.from, { heldFrom: move.resume ? move.to : undefined, departmentId: contactDept });
const label = (m: Move<Status>) => `${m.name}: ${m.from} → ${m.to}`;

beforeAll(async () => {
  server = await startTestServer();
  sessions = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await server.as(r)]))) as Record<Role, Session>;
  contactDept = (await (await sessions.dept_contact.fetch('/auth/me')).json()).department_id;
});
afterAll(() => server.close());

describe('every move of the workflow table', () => {
  it.each(moves.map((m) => [label(m), m] as const))('%s is made by an allowed role and recorded', async (_, move) => {
    const task = await taskFor(move);
    const role = move.roles.includes('secretariat') ? 'secretariat' : move.roles[0];
    const res = await post(sessions[role], task.id, { ...moveBody(move), version: task.version });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await res.json()).status).toBe(move.to);
    const after = await row(task.id);
    expect(after).toMatchObject({ status: move.to, version: task.version + 1 });
    if (move.name === 'hold') expect(after.held_from).toBe(move.from);
    if (move.resume) expect([after.held_from, after.hold_reason]).toEqual([null, null]);
    const [entry] = await history(task.id);
    expect(entry).toMatchObject({ from_status: move.from, to_status: move.to, note: `${move.name} の試験`, actor: expect.any(String) });
    const audit = await server.db('audit_events').where({ resource: 'request_tasks', record_id: task.id, action: 'transition' });
    expect(JSON.parse(audit[0].changes).status).toEqual({ old: move.from, new: move.to });
  });

  it.each(moves.map((m) => [label(m), m] as const))('%s is refused to every other role, changing nothing', async (_, move) => {
    const task = await taskFor(move);
    for (const role of roles.filter((r) => !move.roles.includes(r))) {
      const res = await post(sessions[role], task.id, moveBody(move));
      expect(res.status, role).toBe(403);
      expect((await res.json()).message).toMatch(/[ぁ-ん]/);
    }
    expect(await row(task.id)).toEqual(task);
    expect(await history(task.id)).toEqual([]);
  });
});

describe('moves the table does not allow', () => {
  const states = enums.task_status as readonly Status[];
  it.each(states.map((s) => [s] as const))('from %s: every target outside the table is a 400 in Japanese and changes nothing', async (from) => {
    const task = await makeTask(server, from, { heldFrom: from === 'on_hold' ? 'drafting' : undefined });
    const illegal = states.filter((to) => !findMove(task as { status: string; held_from: string }, to));
    expect(illegal.length).toBeGreaterThan(0);
    for (const to of illegal) {
      const res = await post(sessions.admin, task.id, { to, note: '不正な移動', hold_reason: '理由' });
      expect(res.status, `${from} → ${to}`).toBe(400);
      expect((await res.json()).message).toMatch(/変更できません|戻せます/);
    }
    expect(await row(task.id)).toEqual(task);
    expect(await history(task.id)).toEqual([]);
  });

  it('answers 409 when the task moved since the page was loaded, and 404 for an unknown task', async () => {
    const task = await makeTask(server, 'not_started');
    expect((await post(sessions.secretariat, task.id, { to: 'surveying', version: task.version + 1 })).status).toBe(409);
    expect((await post(sessions.secretariat, task.id, { to: 'surveying', from: 'surveyed' })).status).toBe(409);
    expect((await post(sessions.secretariat, 999_999, { to: 'surveying' })).status).toBe(404);
    expect(await row(task.id)).toEqual(task);
  });

  it('requires the fields of the target state and a reason for a send-back, naming the fields', async () => {
    const task = await makeTask(server, 'pt_review');
    const decide = (body: object) => post(sessions.secretariat, task.id, { to: 'decided', ...body });
    const missing = await decide({ decision: 'undecided', effective_from: '2027-04-01', decided_by: 'pt' });
    expect(missing.status).toBe(400);
    expect(Object.keys((await missing.json()).errors).sort()).toEqual(['decision', 'rationale']);
    expect((await decide({ decision: 'abolish', rationale: '理由', effective_from: '2027-04-01', decided_by: 'hq', title: '改題' })).status).toBe(400);
    expect((await post(sessions.secretariat, task.id, { to: 'drafting' })).status).toBe(400);
    expect((await post(sessions.secretariat, task.id, { to: 'on_hold' })).status).toBe(400);
    expect(await row(task.id)).toEqual(task);
    const decided = await decide({ decision: 'abolish', rationale: '理由', effective_from: '2027-04-01', decided_by: 'hq' });
    expect(await decided.json()).toMatchObject({ status: 'decided', decided_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});

describe('department contacts', () => {
  it('answer the survey of their own department only', async () => {
    const own = await makeTask(server, 'surveying', { departmentId: contactDept });
    const other = await makeTask(server, 'surveying', { departmentId: contactDept + 1 });
    expect((await post(sessions.dept_contact, other.id, { to: 'surveyed' })).status).toBe(404);
    expect((await post(sessions.dept_contact, own.id, { to: 'surveyed', next_action_due: '2027-01-01' })).status).toBe(403);
    expect((await post(sessions.dept_contact, own.id, { to: 'surveyed', note: '回答しました' })).status).toBe(200);
    const denied = await server.db('audit_events').where({ action: 'denied', resource: 'request_tasks', record_id: other.id });
    expect(denied).toHaveLength(1);
  });
});

describe('status outside the workflow', () => {
  it('refuses a PUT, a bulk update and a create that set the status, and accepts a PUT that leaves it alone', async () => {
    const task = await makeTask(server, 'surveyed');
    const record = await (await sessions.secretariat.fetch(`/request_tasks/${task.id}`)).json();
    const put = (body: object) => sessions.secretariat.fetch(`/request_tasks/${task.id}`, { method: 'PUT', body: JSON.stringify({ ...record, ...body }) });
    const refused = await put({ status: 'verified' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining('状態の変更'), errors: { status: expect.any(String) } });
    const bulk = await sessions.secretariat.fetch('/request_tasks/bulk_update', { method: 'POST', body: JSON.stringify({ ids: [task.id], data: { status: 'drafting' } }) });
    expect(bulk.status).toBe(400);
    expect(await row(task.id)).toEqual(task);
    const create = (body: object) => sessions.secretariat.fetch('/request_tasks', { method: 'POST', body: JSON.stringify({ ...record, task_code: 'C-998', ...body }) });
    expect((await create({ status: 'drafting' })).status).toBe(400);
    expect((await create({ status: 'not_started' })).status).toBe(201);
    expect((await put({ title: '題名だけ変更' })).status).toBe(200);
  });
});
