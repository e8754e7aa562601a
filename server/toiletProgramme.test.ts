import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTokyo } from './clock';
import { workbookOf } from './spreadsheetTesting';
import { makeCenter, makeOrder } from './toiletFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let viewer: Session;
const get = async (session: Session, path: string) => {
  const res = await session.fetch(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const pct = (western: number, total: number) => (total ? Math.round((1000 * western) / total) / 10 : null);

beforeAll(async () => {
  server = await startTestServer();
  [secretariat, viewer] = await Promise.all([server.as('secretariat'), server.as('viewer')]);
});
afterAll(() => server.close());

/** The same figures from the rows, in plain code: stalls, conversions since 1 April, open orders' conversions capped by squat stalls. */
const independent = async (year: number) => {
  const { db } = server;
  const centers = await db('citizen_centers').where({ active: true });
  const inventory = await db('toilet_inventories');
  const orders = await db('toilet_work_orders');
  const conversions = await db('toilet_conversions');
  const byId = new Map(orders.map((o) => [o.id, o]));
  return centers.map((c) => {
    const mine = inventory.filter((r) => r.citizen_center_id === c.id);
    const western = mine.reduce((n, r) => n + r.western_count, 0);
    const squat = mine.reduce((n, r) => n + r.squat_count, 0);
    const since = conversions.filter((v) => v.citizen_center_id === c.id && byId.get(v.toilet_work_order_id).status === 'completed'
      && byId.get(v.toilet_work_order_id).actual_end >= `${year}-04-01`).reduce((n, v) => n + v.stalls, 0);
    const open = orders.filter((o) => o.citizen_center_id === c.id && !['completed', 'cancelled'].includes(o.status) && o.fiscal_year <= year)
      .reduce((n, o) => n + o.planned_conversions, 0);
    return { id: c.id, ward_id: c.ward_id, total: western + squat, western, western_start: western - since, western_projected: western + Math.min(squat, open) };
  });
};

const sum = (rows: { total: number; western: number; western_start: number; western_projected: number }[]) => {
  const t = rows.reduce((a, r) => ({ total: a.total + r.total, western: a.western + r.western, start: a.start + r.western_start, projected: a.projected + r.western_projected }), { total: 0, western: 0, start: 0, projected: 0 });
  return { total: t.total, ratio: pct(t.western, t.total), ratio_start: pct(t.start, t.total), ratio_projected: pct(t.projected, t.total) };
};

describe('洋式化率 per centre, ward and city', () => {
  it('matches an independent computation from the rows, now, at 1 April and projected', async () => {
    const body = await get(viewer, '/toilet_programme/ratios?fiscal_year=2026');
    const expected = await independent(2026);
    for (const e of expected) {
      const c = body.centers.find((x: { id: number }) => x.id === e.id);
      expect(c, `centre ${e.id}`).toMatchObject({ total: e.total, western: e.western, western_start: e.western_start, western_projected: e.western_projected, ratio: pct(e.western, e.total) });
    }
    for (const w of body.wards) expect(w).toMatchObject(sum(expected.filter((e) => e.ward_id === w.ward_id)));
    expect(body.city).toMatchObject(sum(expected));
    expect(body.city.ratio_start).toBeLessThan(body.city.ratio);
    expect(body.city.ratio_projected).toBeGreaterThan(body.city.ratio);
    expect(body.target.target_percent).toBe(60);
    expect(body.progress).toBe(Math.min(100, Math.round((1000 * body.city.ratio) / 60) / 10));
  });

  it("links a ward's figures to exactly its centres' inventory rows", async () => {
    const { wards, centers } = await get(viewer, '/toilet_programme/ratios?fiscal_year=2026');
    const ward = wards[0];
    const ids = centers.filter((c: any) => c.ward_id === ward.ward_id).map((c: any) => c.id);
    const rows = await get(viewer, `/toilet_inventories?filter=${encodeURIComponent(JSON.stringify({ citizen_center_id: ids }))}&range=[0,999]`);
    expect(rows.reduce((n: number, r: any) => n + r.western_count + r.squat_count, 0)).toBe(ward.total);
  });

  it('lists shelters with no Western stall first, then the lowest ratio', async () => {
    await makeCenter(server, { women: [0, 3] }, { is_shelter: true });
    const { centers } = await get(viewer, '/toilet_programme/ratios?fiscal_year=2026');
    const zeroShelters = centers.filter((c: any) => c.is_shelter && c.western === 0).length;
    expect(zeroShelters).toBeGreaterThan(0);
    expect(centers.slice(0, zeroShelters).every((c: any) => c.is_shelter && c.western === 0)).toBe(true);
    const rest = centers.slice(zeroShelters).filter((c: any) => c.ratio != null).map((c: any) => c.ratio);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  it('answers a Japanese 400 for a bad fiscal year and 403 to a department contact', async () => {
    expect((await viewer.fetch('/toilet_programme/ratios?fiscal_year=R8')).status).toBe(400);
    const contact = await server.as('dept_contact');
    const res = await contact.fetch('/toilet_programme/ratios');
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/権限/);
  });
});

describe('schedule and delays', () => {
  it('flags finished-late orders and open orders past their planned end, and filters on it', async () => {
    const late = await makeOrder(server, 'completed', { year: 2032 });
    await server.db('toilet_work_orders').where({ id: late.id }).update({ planned_end: '2032-07-31', actual_end: '2032-08-05', actual_start: '2032-07-01', planned_start: '2032-07-01' });
    const overdue = await makeOrder(server, 'in_progress', { year: 2032 });
    await server.db('toilet_work_orders').where({ id: overdue.id }).update({ planned_start: '2020-01-01', planned_end: '2020-02-01', actual_start: '2020-01-02' });
    const onTime = await makeOrder(server, 'contracted', { year: 2032 });
    await server.db('toilet_work_orders').where({ id: onTime.id }).update({ planned_start: '2099-01-01', planned_end: '2099-02-01' });
    const { rows, today } = await get(viewer, '/toilet_programme/schedule?fiscal_year=2032');
    expect(today).toBe(todayInTokyo());
    const flag = (id: number) => rows.find((r: any) => r.id === id).delayed;
    expect([flag(late.id), flag(overdue.id), flag(onTime.id)]).toEqual([true, true, false]);
    const delayed = await get(viewer, '/toilet_programme/schedule?fiscal_year=2032&delayed=true');
    expect(delayed.rows.map((r: any) => r.id).sort()).toEqual([late.id, overdue.id].sort());
  });

  it('exports the filtered schedule as .xlsx with Japanese headers and the delay marked', async () => {
    const res = await viewer.fetch('/toilet_programme/schedule.xlsx?fiscal_year=2032&delayed=true');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const sheet = (await workbookOf(Buffer.from(await res.arrayBuffer()))).worksheets[0];
    expect(sheet.getRow(1).values).toContain('工事番号');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).values).toContain('遅延');
    expect((await viewer.fetch('/toilet_programme/schedule.xlsx?fiscal_year=2032&status=bogus')).status).toBe(400);
  });
});

describe('budget', () => {
  it('sums estimated price and contract amount per year, funding source and ward with the award rate', async () => {
    const { rows } = await get(viewer, '/toilet_programme/budget?fiscal_year=2026');
    const orders = await server.db('toilet_work_orders').where({ fiscal_year: 2026 }).whereNot({ status: 'cancelled' });
    expect(rows.reduce((n: number, r: any) => n + r.contracted, 0)).toBe(orders.reduce((n, o) => n + (o.contract_amount ?? 0), 0));
    expect(rows.reduce((n: number, r: any) => n + r.orders, 0)).toBe(orders.length);
    for (const r of rows.filter((x: any) => x.award_rate != null)) expect(r.award_rate).toBeGreaterThan(50);
  });
});

describe("next year's candidates", () => {
  it('ranks shelters without Western first, then lowest ratio, then oldest building, with reasons', async () => {
    const { rows, fiscal_year } = await get(viewer, '/toilet_programme/candidates?fiscal_year=2027');
    expect(fiscal_year).toBe(2027);
    const open = new Set(await server.db('toilet_work_orders').whereNotIn('status', ['completed', 'cancelled']).pluck('citizen_center_id'));
    expect(rows.some((r: any) => open.has(r.id))).toBe(false);
    const key = (r: any) => [r.is_shelter && r.western === 0 ? 0 : 1, r.ratio, r.built_year ?? 9999];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]), key(rows[i])];
      expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2]))), `${rows[i - 1].name} before ${rows[i].name}`).toBe(true);
    }
    const first = rows[0];
    expect(first.reasons).toEqual(expect.arrayContaining(['shelter', 'no_western']));
    expect(first.reason_labels).toEqual(expect.arrayContaining(['指定避難所', '洋式ゼロ']));
  });

  it('creates planned orders for the selection all or nothing, continuing the order numbers', async () => {
    const { rows } = await get(secretariat, '/toilet_programme/candidates?fiscal_year=2027');
    const before = await server.db('toilet_work_orders').count({ n: '*' }).first();
    const withOpen = await server.db('toilet_work_orders').where({ status: 'in_progress' }).first();
    const refused = await secretariat.fetch('/toilet_programme/candidates', { method: 'POST', body: JSON.stringify({ fiscal_year: 2027, center_ids: [rows[0].id, withOpen.citizen_center_id] }) });
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toContain('どの工事も作成しませんでした');
    expect(await server.db('toilet_work_orders').count({ n: '*' }).first()).toEqual(before);
    expect((await viewer.fetch('/toilet_programme/candidates', { method: 'POST', body: JSON.stringify({ fiscal_year: 2027, center_ids: [rows[0].id] }) })).status).toBe(403);

    await server.db('toilet_work_orders').where({ id: withOpen.id }).update({ order_no: 'T2027-004' });
    const res = await secretariat.fetch('/toilet_programme/candidates', { method: 'POST', body: JSON.stringify({ fiscal_year: 2027, center_ids: [rows[0].id, rows[1].id] }) });
    expect(res.status, await res.clone().text()).toBe(200);
    const created = await server.db('toilet_work_orders').where({ fiscal_year: 2027 }).whereIn('citizen_center_id', [rows[0].id, rows[1].id]).orderBy('order_no');
    expect(created.map((o) => [o.order_no, o.status])).toEqual([['T2027-005', 'planned'], ['T2027-006', 'planned']]);
    expect(JSON.parse(created[0].priority_reasons).sort()).toEqual([...rows[0].reasons].sort());
    expect(created[0].planned_conversions).toBe(rows[0].squat);
  });
});
