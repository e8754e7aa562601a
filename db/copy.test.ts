import { afterAll, describe, expect, it } from 'vitest';
import { connect } from './connection';
import { copyToPostgres } from './copy';
import { testDatabase } from './testDatabase';
import { startTestServer, type TestServer } from '../server/testServer';

const servers: TestServer[] = [];
afterAll(async () => { for (const s of servers) await s.close(); });

describe.runIf(process.env.TEST_DATABASE_URL)('copying a SQLite console database to PostgreSQL', () => {
  it('moves every row of every table, and the console on PostgreSQL shows the same figures and lists', async () => {
    const source = await startTestServer({ sqlite: true });
    servers.push(source);
    const target = await testDatabase('unused');
    const into = connect(target.location);
    const lines: { table: string; rows: number }[] = [];
    try {
      await copyToPostgres(source.db, into, (line) => lines.push(line));
    } finally {
      await into.destroy();
    }
    const copy = await startTestServer({ location: target.location, seeded: false });
    servers.push(copy);
    for (const { table, rows } of lines) {
      const [{ n }] = await source.db(table).count({ n: '*' });
      expect([table, rows]).toEqual([table, Number(n)]);
    }
    expect(lines.map((l) => l.table)).toEqual(expect.arrayContaining(['request_tasks', 'users', 'citizen_centers', 'request_task_transitions']));
    const [before, after] = await Promise.all([source.as('secretariat'), copy.as('secretariat')]);
    for (const path of ['/stats/request_tasks', '/request_tasks?sort=["title","ASC"]&range=[0,49]&filter={"q":"募金"}', '/citizen_centers?range=[0,200]']) {
      const [a, b] = await Promise.all([before.fetch(path), after.fetch(path)]);
      expect(b.status).toBe(200);
      expect(await b.json()).toEqual(await a.json());
    }
    const created = await after.fetch('/wards', { method: 'POST', body: JSON.stringify({ code: '401999', name: '試験区', sort_order: 99 }) });
    expect(created.status, 'sequences continue after the copied ids').toBe(201);
    await target.drop();
  });

  it('refuses a target that already holds data and leaves it as it was', async () => {
    const source = await startTestServer({ sqlite: true });
    const target = await startTestServer();
    servers.push(source, target);
    const [{ n: before }] = await target.db('request_tasks').count({ n: '*' });
    await expect(copyToPostgres(source.db, target.db)).rejects.toThrow('コピー先のデータベースが空ではありません');
    const [{ n: after }] = await target.db('request_tasks').count({ n: '*' });
    expect(after).toBe(before);
  });
});
