import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTokyo } from './clock';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const programmes = async (role: string, query: string) => {
  const res = await (await server.as(role)).fetch(`/stats/programmes?${query}`);
  return { status: res.status, body: await res.json() };
};
const count = async (q: ReturnType<TestServer['db']>) => Number((await q.count({ n: '*' }).first())!.n);

describe('GET /api/stats/programmes', () => {
  it('sums the toilet programme, the case library and the C-1 of a fiscal year as the tables hold them', async () => {
    const { status, body } = await programmes('pt_member', 'fiscal_year=2026');
    expect(status).toBe(200);
    const db = server.db;
    expect(body.toilets.orders).toBe(await count(db('toilet_work_orders').where({ fiscal_year: 2026 })));
    expect(body.toilets.by_status.completed).toBe(await count(db('toilet_work_orders').where({ fiscal_year: 2026, status: 'completed' })));
    const stalls = await db('toilet_inventories').sum({ western: 'western_count', squat: 'squat_count' }).first();
    expect([body.toilets.western, body.toilets.squat]).toEqual([Number(stalls!.western), Number(stalls!.squat)]);
    expect(body.toilets.western).toBeGreaterThan(0);
    const today = todayInTokyo();
    const late = (await db('toilet_work_orders').where({ fiscal_year: 2026 })).filter((o) => (o.actual_end ? o.actual_end > o.planned_end
      : o.planned_end && o.planned_end < today && !['completed', 'cancelled'].includes(o.status)));
    expect(body.toilets.delayed).toBe(late.length);
    expect(body.cases.total).toBe(await count(db('practice_cases')));
    expect(body.cases.adopted).toBe(await count(db('practice_adoptions').where({ status: 'adopted' })));
    const edition = await db('c1_editions').where({ fiscal_year: 2026 }).orderBy('edition_no', 'desc').first();
    expect(body.c1.edition).toEqual({ id: edition.id, name: edition.name });
    expect(body.c1.entries).toBe(await count(db('c1_entries').where({ edition_id: edition.id }).whereNot({ status: 'draft' })));
    expect(body.c1.entries).toBeGreaterThan(0);
  });

  it('answers zeros and no edition for a fiscal year without data', async () => {
    const { body } = await programmes('secretariat', 'fiscal_year=2031');
    expect(body.toilets).toMatchObject({ orders: 0, by_status: {}, planned_conversions: 0, delayed: 0 });
    expect(body.c1).toEqual({ edition: null, entries: 0, finalists: 0, awarded: 0 });
  });

  it('leaves out what the caller may not read', async () => {
    const { status, body } = await programmes('dept_contact', 'fiscal_year=2026');
    expect(status).toBe(200);
    expect(body).toEqual({ fiscal_year: 2026, toilets: null, cases: null, c1: null });
  });

  it.each(['', 'fiscal_year=R8', 'fiscal_year=2026&x=1', 'fiscal_year=1e3'])('answers 400 in Japanese for %j', async (query) => {
    const { status, body } = await programmes('secretariat', query);
    expect(status).toBe(400);
    expect(body.message).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});
