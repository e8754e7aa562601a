import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let pt: Session;
let admin: Session;
let ids: Record<string, number>;

const view = (name: string, shared: boolean) => ({
  name, resource: 'request_tasks', filter: { status: ['pt_review'], fiscal_year: 2026 }, sort: { field: 'task_code', order: 'ASC' }, columns: ['task_code', 'title'], shared,
});
const create = async (session: Session, body: object) => {
  const res = await session.fetch('/saved_views', { method: 'POST', body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
};
const names = async (session: Session) =>
  (await session.client.getList('saved_views', { filter: { resource: 'request_tasks' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } })).data.map((v) => v.name);
const put = (session: Session, record: Record<string, unknown>, changes: object) =>
  session.fetch(`/saved_views/${record.id}`, { method: 'PUT', body: JSON.stringify({ ...record, ...changes }) });

beforeAll(async () => {
  server = await startTestServer();
  [secretariat, pt, admin] = await Promise.all(['secretariat', 'pt_member', 'admin'].map((r) => server.as(r)));
  ids = Object.fromEntries(await server.db('users').select('login', 'id').then((rows) => rows.map((r) => [r.login, r.id])));
});
afterAll(() => server.close());

describe('saved views', () => {
  it('belong to the signed-in person whatever the request says', async () => {
    const created = await create(pt, { ...view('自分用', false), owner_user_id: ids.admin });
    expect(created).toMatchObject({ owner_user_id: ids.pt_member, filter: { status: ['pt_review'], fiscal_year: 2026 }, columns: ['task_code', 'title'] });
    expect((await put(pt, created, { owner_user_id: ids.secretariat })).status).toBe(403);
  });

  it('show a person their own views and the shared ones, not the private views of others', async () => {
    await create(pt, view('共有する', true));
    await create(secretariat, view('事務局の個人用', false));
    expect(await names(pt)).toEqual(expect.arrayContaining(['自分用', '共有する', 'PT協議中の業務']));
    expect(await names(pt)).not.toContain('事務局の個人用');
    expect(await names(secretariat)).toEqual(expect.arrayContaining(['事務局の個人用', '共有する']));
    expect(await names(secretariat)).not.toContain('自分用');
    const hidden = await server.db('saved_views').where({ name: '自分用' }).first('id');
    expect((await secretariat.fetch(`/saved_views/${hidden.id}`)).status).toBe(404);
  });

  it('may be changed or deleted by their owner or an admin only', async () => {
    const shared = await create(pt, view('変更試験', true));
    expect((await put(secretariat, shared, { name: '乗っ取り' })).status).toBe(403);
    expect((await secretariat.fetch(`/saved_views/${shared.id}`, { method: 'DELETE', headers: { 'if-match': '1' } })).status).toBe(403);
    const renamed = await put(pt, shared, { name: '変更試験（改）', shared: false });
    expect(await renamed.json()).toMatchObject({ name: '変更試験（改）', shared: false, version: 2 });
    expect((await admin.fetch(`/saved_views/${shared.id}`, { method: 'DELETE', headers: { 'if-match': '2' } })).status).toBe(200);
  });

  it('refuse a duplicate name for the same person and an unknown resource, in Japanese', async () => {
    const duplicate = await pt.fetch('/saved_views', { method: 'POST', body: JSON.stringify(view('自分用', false)) });
    expect(duplicate.status).toBe(400);
    expect((await duplicate.json()).errors.name).toBe('同じ値のデータがすでに登録されています');
    const unknown = await pt.fetch('/saved_views', { method: 'POST', body: JSON.stringify({ ...view('不明', false), resource: 'nothing_here' }) });
    expect((await unknown.json()).errors.resource).toBe('登録されていないデータの種類です');
  });
});
