import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTask } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
});
afterAll(() => server.close());

const post = (path: string, body: object) => admin.fetch(path, { method: 'POST', body: JSON.stringify(body) });
const restore = async (id: number, eventId: number, dryRun = false) => {
  const res = await post(`/request_tasks/${id}/restore`, { audit_event_id: eventId, ...(dryRun && { dry_run: true }) });
  return { status: res.status, body: await res.json() };
};
const events = (id: number) => server.db('audit_events').where({ resource: 'request_tasks', record_id: id }).orderBy('id');
const row = (id: number) => server.db('request_tasks').where({ id }).first();

describe('restoring a request task to before a change', () => {
  it('previews what it will write and that 状態 stays, writing nothing; then restores the other fields only', async () => {
    const task = await makeTask(server, 'drafting', { load: { proposal: '元の見直し案', next_action_due: '2027-02-17' } });
    const edit = await admin.fetch(`/request_tasks/${task.id}`, { method: 'PUT', body: JSON.stringify({ version: task.version, proposal: '書き換えた案', next_action_due: '2027-03-01' }) });
    expect(edit.status).toBe(200);
    expect((await post(`/request_tasks/${task.id}/transitions`, { to: 'pt_review' })).status).toBe(200);
    const [, update] = await events(task.id);
    const [before, count] = [await row(task.id), (await events(task.id)).length];
    const preview = await restore(task.id, update.id, true);
    expect(preview).toEqual({ status: 200, body: {
      changes: { proposal: { old: '書き換えた案', new: '元の見直し案' }, next_action_due: { old: '2027-03-01', new: '2027-02-17' } },
      kept: ['status'],
    } });
    expect([await row(task.id), (await events(task.id)).length]).toEqual([before, count]);
    const done = await restore(task.id, update.id);
    expect(done.status).toBe(200);
    expect(await row(task.id)).toMatchObject({ proposal: '元の見直し案', next_action_due: '2027-02-17', status: 'pt_review', version: before.version + 1 });
  });

  it('refuses to undo a change of 状態 alone, saying how 状態 is changed', async () => {
    const task = await makeTask(server, 'not_started');
    expect((await post(`/request_tasks/${task.id}/transitions`, { to: 'surveying' })).status).toBe(200);
    const [, move] = await events(task.id);
    expect(await restore(task.id, move.id)).toEqual({ status: 400, body: {
      message: '「状態」は業務の流れで管理する項目のため、以前の版に戻せません。「状態の変更」から操作してください',
    } });
    expect((await row(task.id)).status).toBe('surveying');
  });

  it('names each field that would no longer fit the current 状態, and changes nothing', async () => {
    const task = await makeTask(server, 'pt_review');
    await server.db('request_tasks').where({ id: task.id }).update({ decision: null, rationale: null, effective_from: null, decided_by: null });
    const decision = { decision: 'abolish', rationale: '役割を終えた', effective_from: '2027-04-01', decided_by: 'pt' };
    expect((await post(`/request_tasks/${task.id}/transitions`, { to: 'decided', ...decision })).status).toBe(200);
    const [, decided] = await events(task.id);
    const before = await row(task.id);
    const refused = await restore(task.id, decided.id);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('入力内容に誤りがあります（「見直し区分」、「判断理由」、「実施時期」、「決定主体」）');
    expect(refused.body.errors).toEqual({
      decision: '「決定」の業務には入力が必要です', rationale: '「決定」の業務には入力が必要です',
      effective_from: '「決定」の業務には入力が必要です', decided_by: '「決定」の業務には入力が必要です',
    });
    expect(await row(task.id)).toEqual(before);
  });

  it('says so when there is nothing left to undo', async () => {
    const task = await makeTask(server, 'drafting', { load: { proposal: '案A' } });
    const put = (version: number, proposal: string) =>
      admin.fetch(`/request_tasks/${task.id}`, { method: 'PUT', body: JSON.stringify({ version, proposal }) });
    await put(task.version, '案B');
    await put(task.version + 1, '案A');
    const [, first] = await events(task.id);
    expect(await restore(task.id, first.id)).toEqual({ status: 400, body: { message: 'この変更より後の内容は、すでに変更前と同じです。戻す内容はありません' } });
  });
});
