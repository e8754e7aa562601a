import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTask } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let contact: Session;
let contactDept: number;

const put = (session: Session, id: number, body: object) => session.fetch(`/request_tasks/${id}`, { method: 'PUT', body: JSON.stringify(body) });
const answer = async (res: Response) => ({ status: res.status, body: await res.json() });
const rawKey = /\b[a-z]+_[a-z_]+\b|\b(title|status|description|frequency|months|login)\b/;

beforeAll(async () => {
  server = await startTestServer();
  contact = await server.as('dept_contact');
  contactDept = (await (await contact.fetch('/auth/me')).json()).department_id;
});
afterAll(() => server.close());

describe("another department's task", () => {
  it('answers exactly as a task that does not exist, on every route, and records the attempt', async () => {
    const other = await makeTask(server, 'surveying', { departmentId: contactDept + 1 });
    const missing = 99_999_999;
    const requests: [string, (id: number) => RequestInit][] = [
      ['', () => ({})],
      ['', (id) => ({ method: 'PUT', body: JSON.stringify({ version: id === missing ? 1 : other.version, channel: 'email' }) })],
      ['', () => ({ method: 'DELETE', headers: { 'if-match': '1' } })],
      ['/transitions', () => ({ method: 'POST', body: JSON.stringify({ to: 'surveyed' }) })],
    ];
    for (const [path, init] of requests) {
      const hidden = await answer(await contact.fetch(`/request_tasks/${other.id}${path}`, init(other.id)));
      const absent = await answer(await contact.fetch(`/request_tasks/${missing}${path}`, init(missing)));
      expect(hidden).toEqual({ status: 404, body: { message: 'この記録は存在しないか、閲覧する権限がありません' } });
      expect(absent).toEqual(hidden);
    }
    expect(await server.db('request_tasks').where({ id: other.id }).first()).toEqual(other);
    expect(await server.db('audit_events').where({ action: 'denied', record_id: other.id })).toHaveLength(requests.length);
  });
});

describe('messages to a department contact name fields by their Japanese labels', () => {
  it('names the fields they may not change', async () => {
    const own = await makeTask(server, 'surveying', { departmentId: contactDept });
    const res = await answer(await put(contact, own.id, { version: own.version, title: '改題', next_action_due: '2027-01-01', channel: 'email' }));
    expect(res).toEqual({ status: 403, body: { message: '変更する権限のない項目があります: 「依頼業務名」、「次回期限」' } });
    const move = await answer(await contact.fetch(`/request_tasks/${own.id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'surveyed', next_action_due: '2027-01-01' }) }));
    expect(move).toEqual({ status: 403, body: { message: '変更する権限のない項目があります: 「次回期限」' } });
  });

  it('says until when a task can be answered once it is 回答済', async () => {
    const done = await makeTask(server, 'surveyed', { departmentId: contactDept });
    const res = await answer(await put(contact, done.id, { version: done.version, channel: 'email' }));
    expect(res).toEqual({ status: 403, body: { message: 'このデータを変更できるのは、「状態」が「未着手」か「所管課照会中」の間だけです' } });
  });

  it('lists invalid answers by label, with each field message', async () => {
    const own = await makeTask(server, 'surveying', { departmentId: contactDept });
    const res = await answer(await put(contact, own.id, { version: own.version, times_per_year: -1, frequency: 'hourly' }));
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('入力内容に誤りがあります（「頻度」、「年間回数」）');
    expect(Object.keys(res.body.errors).sort()).toEqual(['frequency', 'times_per_year']);
  });

  it('never shows a raw field key in a refusal, on any route that lists fields', async () => {
    const viewer = await server.as('viewer');
    const secretariat = await server.as('secretariat');
    const task = await makeTask(server, 'drafting');
    const messages = [
      (await answer(await viewer.fetch('/users?filter={"login":"admin"}'))).body.message,
      (await answer(await secretariat.fetch(`/request_tasks/${task.id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'pt_review', title: 'x' }) }))).body.message,
      (await answer(await secretariat.fetch('/request_tasks/transitions', { method: 'POST', body: JSON.stringify({ ids: [task.id], to: 'pt_review' }) }))).body.failures[0].reason,
    ];
    expect(messages).toEqual([
      '閲覧できない項目では絞り込み・並べ替えできません: 「ログインID」',
      'この操作では変更できない項目があります: 「依頼業務名」',
      'PT協議には見直し案が必要です（見直し案）',
    ]);
    for (const message of messages) expect(message).not.toMatch(rawKey);
  });
});
