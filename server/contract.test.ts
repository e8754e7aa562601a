import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../db/schema';
import { changes, fixtureIds, newRecords } from './fixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;
let client: Session['client'];
let fresh: ReturnType<typeof newRecords>;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  client = admin.client;
  fresh = newRecords(await fixtureIds(server, admin));
});
afterAll(() => server.close());

describe.each(resources.filter((r) => !r.readOnly).map((r) => [r.name] as const))('%s through ra-data-simple-rest', (name) => {
  it('lists a page with the true total in Content-Range', async () => {
    const [{ n }] = await server.db(name).count({ n: '*' });
    const res = await admin.fetch(`/${name}?range=[0,4]&sort=["id","DESC"]`);
    expect(res.headers.get('content-range')).toBe(`${name} 0-${Math.min(4, Number(n) - 1)}/${n}`);
    expect(res.headers.get('access-control-expose-headers')).toBe('Content-Range');
    const page = await client.getList(name, { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'DESC' }, filter: {} });
    expect(page.total).toBe(Number(n));
    expect(page.data.map((r) => r.id)).toEqual([...page.data.map((r) => r.id)].sort((a, b) => b - a));
  });

  it('creates, reads, updates partially and deletes a record, answering the record each time', async () => {
    const { data: created } = await client.create(name, { data: fresh[name] });
    expect(created).toMatchObject(fresh[name]);
    expect(created.id).toEqual(expect.any(Number));
    const { data: read } = await client.getOne(name, { id: created.id });
    expect(read).toEqual(created);
    const { data: updated } = await client.update(name, { id: created.id, data: changes[name], previousData: read });
    const expected = { ...read, ...changes[name], updated_at: updated.updated_at, version: read.version + 1 };
    for (const [k, v] of Object.entries(changes[name])) if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) expected[k] = [...v].sort((a, b) => (a < b ? -1 : 1));
    expect(updated).toEqual(expected);
    const { data: deleted } = await client.delete(name, { id: created.id, previousData: updated });
    expect(deleted).toEqual(updated);
    await expect(client.getOne(name, { id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it('answers a page past the end with an empty array and the true total', async () => {
    const res = await admin.fetch(`/${name}?range=[5000,5009]`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    expect(res.headers.get('content-range')).toMatch(new RegExp(`/${(await server.db(name).count({ n: '*' }))[0].n}$`));
  });

  it('fetches several records at once with getMany, ids mixing numbers and strings', async () => {
    const rows = await server.db(name).select('id').orderBy('id').limit(3);
    const ids = rows.map((r, i) => (i % 2 ? String(r.id) : r.id));
    const { data } = await client.getMany(name, { ids });
    expect(data.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });
});

describe('updateMany and deleteMany from react-admin', () => {
  it('updates each record with only the changed fields', async () => {
    const ids = (await server.db('request_tasks').select('id').limit(2)).map((r) => r.id);
    await client.updateMany('request_tasks', { ids, data: { burden_level: 5 } });
    const rows = await server.db('request_tasks').whereIn('id', ids).select('burden_level');
    expect(rows.map((r) => r.burden_level)).toEqual([5, 5]);
  });

  it('deletes each record and answers 200 with its data', async () => {
    const created = await Promise.all([1, 2].map((i) => client.create('wards', {
      data: { code: `40990${i}`, name: `削除試験区${i}`, sort_order: 90 + i },
    })));
    const ids = created.map((c) => c.data.id);
    const { data } = await client.deleteMany('wards', { ids });
    expect(data?.sort()).toEqual(ids.sort());
    expect(await server.db('wards').whereIn('id', ids)).toEqual([]);
  });
});
