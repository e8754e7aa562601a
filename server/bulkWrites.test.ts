import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRow } from '../db/records';
import { requestTasks, wards } from '../db/schema';
import { auditBatch } from './audit';
import { importFile } from './spreadsheetTesting';
import { store, type Row } from './store';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
const who = { actor: null, ip: '127.0.0.1' };

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
});
afterAll(() => server.close());

const tasksById = async () => new Map((await server.db('request_tasks').select()).map((r) => [Number(r.id), r]));
const auditsOf = (resource: string) => server.db('audit_events').where({ resource, action: 'update' }).orderBy('id');

describe('an import of many rows', () => {
  it('writes each changed row its own values, version and audit row, leaves unchanged rows alone and keeps search current', async () => {
    const res = await secretariat.fetch(`/request_tasks/export?format=csv&sort=${encodeURIComponent('["id","ASC"]')}&fields=${encodeURIComponent('["task_code","fiscal_year","title","burden_level","months"]')}`);
    const [header, ...rows] = parse(Buffer.from(await res.arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    const before = await tasksById();
    const byCode = new Map([...before.values()].map((t) => [t.task_code as string, t]));
    const edited = rows.map((r, i) => {
      const next = [...r];
      if (i % 3 === 0) next[2] = `${r[2]} 一括改${i}`;
      if (i % 4 === 0) next[3] = String(Number(r[3]) === 5 ? 1 : Number(r[3]) + 1);
      if (i % 5 === 0) next[4] = r[4] === '4月、10月' ? '6月' : '10月、4月';
      return next;
    });
    const touched = (i: number) => i % 3 === 0 || i % 4 === 0 || i % 5 === 0;
    const changed = edited.filter((_, i) => touched(i)).length;
    const audits = (await auditsOf('request_tasks')).length;
    const answer = await importFile(secretariat, 'request_tasks', `\uFEFF${stringify([header, ...edited])}`, 'many.csv', false);
    expect(answer.status, await answer.clone().text()).toBe(200);
    expect((await answer.json()).summary).toMatchObject({ update: rows.length, changed, errors: 0 });

    const after = await tasksById();
    for (const [i, r] of edited.entries()) {
      const old = byCode.get(r[0])!;
      const now = after.get(Number(old.id))!;
      expect([now.title, String(now.burden_level)]).toEqual([r[2], r[3]]);
      if (i % 5 === 0) expect(now.months).toBe(r[4] === '6月' ? '[6]' : '[4,10]');
      else expect(now.months).toBe(old.months);
      expect(now.version).toBe(Number(old.version) + (touched(i) ? 1 : 0));
      expect(now.updated_at === old.updated_at).toBe(!touched(i));
    }
    const written = (await auditsOf('request_tasks')).slice(audits);
    expect(written).toHaveLength(changed);
    const first = byCode.get(rows[0][0])!;
    expect(JSON.parse(written.find((a) => Number(a.record_id) === Number(first.id))!.changes)).toEqual({
      title: { old: first.title, new: edited[0][2] },
      burden_level: { old: first.burden_level, new: Number(edited[0][3]) },
      months: { old: JSON.parse(first.months), new: edited[0][4] === '6月' ? [6] : [4, 10] },
    });
    const found = await (await secretariat.fetch(`/request_tasks?filter=${encodeURIComponent(JSON.stringify({ q: '一括改3' }))}&range=[0,99]`)).json();
    expect(found.map((t: Row) => t.title).sort()).toEqual(edited.filter((r, i) => i % 3 === 0 && r[2].includes('一括改3')).map((r) => r[2]).sort());
  });
});

describe('updateMany', () => {
  const records = store(requestTasks);
  const read = async (ids: number[]) => (await server.db('request_tasks').whereIn('id', ids).orderBy('id')).map((r) => fromRow(requestTasks, r));

  it('writes nothing when a record changed after it was read, and names that record', async () => {
    const tasks = await read([11, 12, 13]);
    await server.db('request_tasks').where({ id: 12 }).increment('version', 1);
    const state = await tasksById();
    const items = tasks.map((before) => ({ before, changes: { hours_per_occurrence: Number(before.hours_per_occurrence ?? 0) + 1 } }));
    const batch = auditBatch();
    const update = server.db.transaction(async (trx) => {
      await store(requestTasks, batch.note).updateMany(trx, items, who, (i) => `${i + 1}件目`);
      await batch.flush(trx);
    });
    await expect(update).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/^2件目: .*更新しています/) });
    expect(await tasksById()).toEqual(state);
  });

  it('names the first invalid record and writes none', async () => {
    const tasks = await read([21, 22]);
    const state = await tasksById();
    const items = [{ before: tasks[0], changes: { title: '正しい件名' } }, { before: tasks[1], changes: { burden_level: 9 } }];
    await expect(server.db.transaction((trx) => records.updateMany(trx, items, who, (i) => `${i + 1}行目`)))
      .rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^2行目: 入力内容に誤りがあります（「負担感」）/) });
    expect(await tasksById()).toEqual(state);
  });

  it('checks a change to a unique field against the records written before it', async () => {
    const [a, b] = (await server.db('wards').orderBy('id').limit(2)).map((r) => fromRow(wards, r));
    const items = [{ before: a, changes: { name: '統合区' } }, { before: b, changes: { name: '統合区' } }];
    await expect(server.db.transaction((trx) => store(wards).updateMany(trx, items, who, (i) => `${i + 1}行目`)))
      .rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^2行目: /) });
    expect(await server.db('wards').where({ name: '統合区' }).first()).toBeUndefined();
  });
});
