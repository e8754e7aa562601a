import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf } from '../../../db/columns';
import { taskSorts } from '../../../db/migrations/012_task_sorts';
import { requestTasks } from '../../../db/schema';
import { startTestServer, type Session, type TestServer } from '../../../server/testServer';
import { requestTaskColumns } from './columns';

const sortable = requestTaskColumns.filter((c) => columnsOf(requestTasks).some((col) => col.name === c && col.kind !== 'set'));
const onSqlite = !process.env.TEST_DATABASE_URL;

let server: TestServer;
let viewer: Session;

beforeAll(async () => {
  server = await startTestServer();
  viewer = await server.as('viewer');
});
afterAll(() => server?.close());

const plan = async (sql: string) =>
  ((await server.db.raw(`explain query plan ${sql}`)) as { detail: string }[]).map((p) => p.detail).join('\n');

describe('request-task list sorts', () => {
  it('has an index after the fiscal year for every column the list lets a user sort by', () => {
    expect([...taskSorts, 'fiscal_year'].sort()).toEqual([...sortable].sort());
  });

  it.skipIf(!onSqlite).each(sortable)('reads a year sorted by %s off an index on SQLite, and a deep page of ids off the index alone', async (column) => {
    for (const order of ['asc', 'desc']) {
      const where = `where fiscal_year = 2026 order by ${column} ${order}, id ${order}`;
      expect(await plan(`select * from request_tasks ${where} limit 25`)).not.toMatch(/TEMP B-TREE/);
      expect(await plan(`select id from request_tasks ${where} limit 25 offset 5000`)).toMatch(/COVERING INDEX/);
    }
  });

  it('answers a deep page with the same tasks, in the same order, as the same rows of one long page', async () => {
    const list = async (sort: string, range: [number, number]) => {
      const filter = encodeURIComponent(JSON.stringify({}));
      const res = await viewer.fetch(`/request_tasks?filter=${filter}&sort=${encodeURIComponent(sort)}&range=${encodeURIComponent(JSON.stringify(range))}`);
      expect(res.status).toBe(200);
      return { range: res.headers.get('content-range'), ids: ((await res.json()) as { id: number }[]).map((t) => t.id) };
    };
    const [{ n }] = await server.db('request_tasks').count({ n: '*' });
    const copies = Array.from({ length: Math.ceil(700 / Number(n)) }, (_, i) => i + 1);
    const seeded = await server.db('request_tasks').select();
    for (const copy of copies) await server.db('request_tasks').insert(seeded.map(({ id: _, ...t }) => ({ ...t, fiscal_year: 2200 + copy })));
    for (const sort of ['["title","ASC"]', '["annual_burden_hours","DESC"]', '["next_action_due","ASC"]']) {
      const whole = await list(sort, [0, 699]);
      const deep = await list(sort, [600, 649]);
      expect(deep.ids).toEqual(whole.ids.slice(600, 650));
      expect(deep.range).toBe(whole.range!.replace('0-699', '600-649'));
    }
  });
});
