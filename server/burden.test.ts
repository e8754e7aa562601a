import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualBurdenHours, hoursSaved } from '../db/burden';
import { makeTask } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;

const get = async (id: number) => (await secretariat.fetch(`/request_tasks/${id}`)).json();
const put = async (id: number, changes: object) => {
  const before = await get(id);
  const res = await secretariat.fetch(`/request_tasks/${id}`, { method: 'PUT', body: JSON.stringify({ ...before, ...changes }) });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const decide = (id: number, fields: object) => secretariat.fetch(`/request_tasks/${id}/transitions`, {
  method: 'POST', body: JSON.stringify({ to: 'decided', rationale: '理由', effective_from: '2027-04-01', decided_by: 'pt', ...fields }),
});

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
});
afterAll(() => server.close());

describe('burden figures computed by the server', () => {
  it('stores annual burden hours = times per year × hours per occurrence × units, ignoring a typed value', async () => {
    const task = await makeTask(server, 'surveying');
    expect(await get(task.id)).toMatchObject({ annual_burden_hours: 1800, hours_saved_est: null });
    expect(await put(task.id, { unit_count: 40, annual_burden_hours: 1, hours_saved_est: 99 })).toMatchObject({ annual_burden_hours: 720, hours_saved_est: null });
    expect(await put(task.id, { frequency: 'per_term', times_per_year: 0.33 })).toMatchObject({ annual_burden_hours: 19.8 });
    expect(await put(task.id, { hours_per_occurrence: null })).toMatchObject({ annual_burden_hours: null });
  });

  it.each([
    ['abolish', null, 1800], ['abolish', 20, 1800], ['reduce', null, 900], ['reduce', 20, 360], ['digitize', null, 720], ['continue', 50, 0],
  ] as const)('estimates the hours saved by a decision to %s with reduction rate %s as %s', async (decision, rate, saved) => {
    const task = await makeTask(server, 'pt_review');
    const res = await decide(task.id, { decision, reduction_rate: rate });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ annual_burden_hours: 1800, hours_saved_est: saved });
  });

  it('filters and sorts the list by the stored figures', async () => {
    const page = await secretariat.client.getList('request_tasks', {
      filter: { fiscal_year: 2026, annual_burden_hours_gte: 5000 }, sort: { field: 'annual_burden_hours', order: 'DESC' }, pagination: { page: 1, perPage: 500 },
    });
    const all = await server.db('request_tasks').where({ fiscal_year: 2026 });
    expect(page.total).toBe(all.filter((t) => annualBurdenHours(t)! >= 5000).length);
    const hours = page.data.map((t) => t.annual_burden_hours);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    for (const t of all) expect([t.annual_burden_hours, t.hours_saved_est]).toEqual([annualBurdenHours(t), hoursSaved(t)]);
  });
});
