import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../db/policy';
import { enums } from '../db/schema';
import type { Move } from '../db/workflow';
import { toiletWorkOrderWorkflow, type WorkStatus } from '../db/workflows/toiletWorkOrders';
import { makeCenter, makeOrder, moveBody } from './toiletFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let sessions: Record<Role, Session>;
const { moves } = toiletWorkOrderWorkflow;
const label = (m: Move) => `${m.name}: ${m.from} → ${m.to}`;
const post = (session: Session, id: number, body: object) =>
  session.fetch(`/toilet_work_orders/${id}/transitions`, { method: 'POST', body: JSON.stringify(body) });
const row = (id: number) => server.db('toilet_work_orders').where({ id }).first();
const history = (id: number) => server.db('toilet_work_order_transitions').where({ toilet_work_order_id: id }).orderBy('id');
const stalls = async (centerId: number) => Object.fromEntries((await server.db('toilet_inventories').where({ citizen_center_id: centerId }))
  .map((r) => [r.location, [r.western_count, r.squat_count]]));
const orderFor = (move: Move) => makeOrder(server, move.from as WorkStatus, { heldFrom: move.resume ? move.to as WorkStatus : undefined });

beforeAll(async () => {
  server = await startTestServer();
  sessions = Object.fromEntries(await Promise.all(enums.role.map(async (r) => [r, await server.as(r)]))) as Record<Role, Session>;
});
afterAll(() => server.close());

describe('every move of the work-order workflow', () => {
  it.each(moves.map((m) => [label(m), m] as const))('%s is made by the secretariat and recorded', async (_, move) => {
    const order = await orderFor(move);
    const res = await post(sessions.secretariat, order.id, { ...moveBody(move), version: order.version });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await row(order.id);
    expect(after).toMatchObject({ status: move.to, version: order.version + 1 });
    if (move.name === 'hold') expect(after.held_from).toBe(move.from);
    if (move.resume) expect(after.held_from).toBeNull();
    const [entry] = await history(order.id);
    expect(entry).toMatchObject({ from_status: move.from, to_status: move.to, note: `${move.name} の試験` });
  });

  it.each(['pt_member', 'viewer', 'dept_contact'] as const)('is refused to %s, changing nothing', async (role) => {
    const order = await makeOrder(server, 'planned');
    const res = await post(sessions[role], order.id, { to: 'hearing_done', hearing_date: '2027-05-10' });
    expect([403, 404]).toContain(res.status);
    expect((await res.json()).message).toMatch(/[ぁ-ん]/);
    expect(await row(order.id)).toEqual(order);
  });
});

describe('moves the table does not allow', () => {
  it.each([
    ['planned', 'completed'], ['planned', 'contracted'], ['hearing_done', 'planned'], ['contracted', 'inspected'],
    ['completed', 'cancelled'], ['cancelled', 'planned'], ['inspected', 'on_hold'], ['completed', 'on_hold'],
  ] as const)('%s → %s is a Japanese 400 and changes nothing', async (from, to) => {
    const order = await makeOrder(server, from);
    const res = await post(sessions.admin, order.id, { to, hearing_date: '2027-05-10' });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/へは変更できません|できない項目/);
    expect(await row(order.id)).toEqual(order);
    expect(await history(order.id)).toEqual([]);
  });

  it('resumes a held order only to the state it was held from', async () => {
    const order = await makeOrder(server, 'on_hold', { heldFrom: 'designing' });
    const res = await post(sessions.secretariat, order.id, { to: 'procuring' });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('「設計中」にだけ戻せます');
  });

  it('keeps the status out of reach of a plain edit', async () => {
    const order = await makeOrder(server, 'planned');
    const res = await sessions.secretariat.fetch(`/toilet_work_orders/${order.id}`, { method: 'PUT', body: JSON.stringify({ ...order, status: 'completed' }) });
    expect(res.status).toBe(400);
    expect((await row(order.id)).status).toBe('planned');
  });
});

describe('fields each state requires', () => {
  it.each([
    ['planned', 'hearing_done', ['ヒアリング日']],
    ['procuring', 'contracted', ['発注方法', '契約金額(円)', '受注者', '予定開始日', '予定終了日']],
    ['contracted', 'in_progress', ['実績開始日']],
    ['in_progress', 'inspected', ['完了検査日']],
    ['inspected', 'completed', ['実績終了日', '完成後の洋式数(基)']],
  ] as const)('%s → %s needs %j', async (from, to, labels) => {
    const order = await makeOrder(server, from);
    const res = await post(sessions.secretariat, order.id, { to });
    const body = await res.json();
    expect(res.status).toBe(400);
    for (const l of labels) expect(body.message).toContain(`「${l}」`);
    expect(await row(order.id)).toEqual(order);
  });

  it('needs a reason to cancel and a note to reopen', async () => {
    const planned = await makeOrder(server, 'planned');
    expect((await post(sessions.secretariat, planned.id, { to: 'cancelled' })).status).toBe(400);
    const completed = await makeOrder(server, 'completed');
    const res = await post(sessions.secretariat, completed.id, { to: 'inspected' });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('理由');
  });
});

describe('the inventory follows the work', () => {
  it('converts the planned stalls on completion, audited, and gives them back on reopen', async () => {
    const center = await makeCenter(server, { men: [1, 1], women: [2, 2], staff: [0, 1] });
    const order = await makeOrder(server, 'inspected', { centerId: center.id, conversions: 3 });
    const done = await post(sessions.secretariat, order.id, { to: 'completed', actual_end: '2027-07-30', western_after: 6 });
    expect(done.status, await done.clone().text()).toBe(200);
    expect(await stalls(center.id)).toEqual({ women: [4, 0], men: [2, 0], staff: [0, 1] });
    const audits = await server.db('audit_events').where({ resource: 'toilet_inventories', action: 'transition' }).whereIn('record_id',
      server.db('toilet_inventories').where({ citizen_center_id: center.id }).select('id'));
    expect(audits).toHaveLength(2);
    const reopened = await post(sessions.admin, order.id, { to: 'inspected', note: '検査のやり直し' });
    expect(reopened.status, await reopened.clone().text()).toBe(200);
    expect(await stalls(center.id)).toEqual({ men: [1, 1], women: [2, 2], staff: [0, 1] });
    expect(await server.db('toilet_conversions').where({ toilet_work_order_id: order.id })).toEqual([]);
  });

  it('refuses completion when the centre lacks the squat stalls, changing nothing', async () => {
    const center = await makeCenter(server, { women: [3, 1] });
    const order = await makeOrder(server, 'inspected', { centerId: center.id, conversions: 2 });
    const res = await post(sessions.secretariat, order.id, { to: 'completed', actual_end: '2027-07-30', western_after: 4 });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('和式トイレは1基');
    expect(await row(order.id)).toEqual(order);
    expect(await stalls(center.id)).toEqual({ women: [3, 1] });
    expect(await history(order.id)).toEqual([]);
  });

  it('completes a bulk selection all or nothing', async () => {
    const ok = await makeOrder(server, 'inspected', { conversions: 1 });
    const short = await makeOrder(server, 'inspected', { centerId: (await makeCenter(server, { women: [1, 0] })).id, conversions: 1 });
    const res = await sessions.secretariat.fetch('/toilet_work_orders/transitions', {
      method: 'POST', body: JSON.stringify({ ids: [ok.id, short.id], to: 'completed', actual_end: '2027-07-30', western_after: 4 }),
    });
    expect(res.status).toBe(400);
    expect(await row(ok.id)).toEqual(ok);
    expect(await stalls(ok.citizen_center_id)).toEqual({ women: [2, 3], men: [1, 1] });
  });
});
