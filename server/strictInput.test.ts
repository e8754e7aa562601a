import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxDepth } from './bounds';
import { maxSearchTerms } from './query';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;
let task: { id: number; version: number; title: string; description: string | null };

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const japanese = /[ぁ-んァ-ヶ一-龠]/;
const latest = async () => server.db('request_tasks').where({ id: task.id }).first();
let sessionNo = 50;
const newSession = async () => (await admin.fetch('/pt_sessions', {
  method: 'POST', body: JSON.stringify({ fiscal_year: 2026, session_no: ++sessionNo, name: `第${sessionNo}回`, held_on: '2026-12-01' }),
})).json();
const put = (body: object) => admin.fetch(`/request_tasks/${task.id}`, { method: 'PUT', body: JSON.stringify(body) });

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  task = await (await admin.fetch(`/request_tasks/${(await server.db('request_tasks').first('id')).id}`)).json();
});
afterAll(() => server.close());

describe('nesting and size of what a client sends', () => {
  it.each([
    ['a body nested thousands of levels deep', () => admin.fetch('/request_tasks', { method: 'POST', body: `{"title":${nested(5000)}}` })],
    ['a saved view whose filter is nested deeply', () => admin.fetch('/saved_views', {
      method: 'POST', body: JSON.stringify({ name: '深い', resource: 'request_tasks', filter: JSON.parse(`{"a":${nested(maxDepth + 5)}}`) }),
    })],
    ['a list filter nested deeply', () => admin.fetch(`/request_tasks?filter=${encodeURIComponent(`{"status":${nested(500)}}`)}`)],
    ['a body with too many values', () => admin.fetch('/request_tasks/bulk_update', {
      method: 'POST', body: JSON.stringify({ ids: [1], data: { tags: Array.from({ length: 30_000 }, (_, i) => i) } }),
    })],
  ])('answers %s with a Japanese 400', async (_what, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(japanese);
  });

  it('answers a keyword of a thousand words with a 400 naming the limit, and a short one normally', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `語${i}`).join(' ');
    const res = await admin.fetch(`/request_tasks?filter=${encodeURIComponent(JSON.stringify({ q: many }))}`);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain(`${maxSearchTerms}語`);
    const ok = await admin.fetch(`/request_tasks?filter=${encodeURIComponent(JSON.stringify({ q: Array(maxSearchTerms).fill('市').join(' ') }))}`);
    expect(ok.status).toBe(200);
  });
});

describe('numbers are taken only as a person or react-admin writes them', () => {
  const lenient = ['0x1', ' 1', '1e0', '1.0', '+1', '01', '１'];

  it.each(lenient)('finds no record at id %j', async (raw) => {
    expect((await admin.fetch(`/request_tasks/${encodeURIComponent(raw)}`)).status).toBe(404);
  });

  it.each(lenient.filter((raw) => /^[!-~]+$/.test(raw)))('refuses a DELETE with If-Match %j and keeps the record', async (raw) => {
    const created = await newSession();
    const res = await admin.fetch(`/pt_sessions/${created.id}`, { method: 'DELETE', headers: { 'if-match': raw } });
    expect(res.status).toBe(400);
    expect(await server.db('pt_sessions').where({ id: created.id }).first()).toBeTruthy();
  });

  it.each(lenient)('refuses a PUT whose version is %j', async (raw) => {
    const res = await put({ version: raw, title: '変わってはいけない' });
    expect(res.status).toBe(400);
    expect((await latest()).title).toBe(task.title);
  });

  it.each(lenient)('refuses bulk ids written as %j', async (raw) => {
    const res = await admin.fetch('/request_tasks/bulk_delete', { method: 'POST', body: JSON.stringify({ ids: [raw] }) });
    expect(res.status).toBe(400);
    expect(await server.db('request_tasks').where({ id: 1 }).first()).toBeTruthy();
  });

  it.each(['0x1', ' 1', '1e0', '+1', '１', 'Infinity'])('refuses a list filter on a number written as %j', async (raw) => {
    expect((await admin.fetch(`/request_tasks?filter=${encodeURIComponent(JSON.stringify({ burden_level: raw }))}`)).status).toBe(400);
  });

  it('accepts the version as react-admin sends it: a number, or a plain or quoted If-Match', async () => {
    const created = await newSession();
    expect((await admin.fetch(`/pt_sessions/${created.id}`, { method: 'DELETE', headers: { 'if-match': '"1"' } })).status).toBe(200);
  });
});

describe('control characters', () => {
  it.each([
    ['a NUL', 'ab\u0000c'],
    ['a right-to-left override', '市政だより\u202Eの配布'],
    ['an escape', 'a\u001b[31m'],
  ])('refuses %s in a text field with a message on that field', async (_what, value) => {
    const res = await put({ version: task.version, description: value });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.description).toMatch(/制御文字/);
    expect((await latest()).description).toBe(task.description);
  });

  it('refuses a line break in a one-line field and keeps tabs and line breaks in a multi-line field', async () => {
    const oneLine = await put({ version: task.version, title: '一行目\n二行目' });
    expect(oneLine.status).toBe(400);
    expect((await oneLine.json()).errors.title).toMatch(/制御文字/);
    const multi = await put({ version: task.version, description: '一行目\n\t二行目\r\n三行目' });
    expect(multi.status).toBe(200);
    expect((await latest()).description).toBe('一行目\n\t二行目\r\n三行目');
  });
});

describe('a stale edit', () => {
  it('is a 409 that tells a department contact to reload, even when the other person changed a field they may not edit', async () => {
    const contact = await server.db('users').where({ login: 'dept_contact' }).first('department_id');
    const own = await server.db('request_tasks').where({ requesting_department_id: contact.department_id, status: 'not_started' }).first('id');
    const dept = await server.as('dept_contact');
    const start = await (await dept.fetch(`/request_tasks/${own.id}`)).json();
    const edited = await (await admin.fetch(`/request_tasks/${own.id}`, { method: 'PUT', body: JSON.stringify({ version: start.version, title: '事務局が変更した名称' }) })).json();
    const res = await dept.fetch(`/request_tasks/${own.id}`, { method: 'PUT', body: JSON.stringify({ ...start, frequency: 'annual' }) });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toMatch(/再読み込み/);
    expect((await server.db('request_tasks').where({ id: own.id }).first()).version).toBe(edited.version);
  });
});
