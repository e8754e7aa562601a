import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures, type RequestTaskStats } from '../db/figures';
import { makeTask } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;

const statsOf = async (session: Session, filter: object) => {
  const res = await session.fetch(`/stats/request_tasks?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  expect(res.status).toBe(200);
  return (await res.json()) as RequestTaskStats;
};
const listed = (session: Session, filter: object) =>
  session.client.getList('request_tasks', { filter, pagination: { page: 1, perPage: 1000 }, sort: { field: 'id', order: 'ASC' } });
const round1 = (n: number) => Math.round(n * 10) / 10;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /api/stats/request_tasks', () => {
  it.each(['secretariat', 'dept_contact'])('agrees, as %s, with the list API for every figure the dashboard links to', async (role) => {
    const session = await server.as(role);
    const base = { fiscal_year: 2026 };
    const stats = await statsOf(session, base);
    const all = figures(stats, base);
    expect(all.length).toBeGreaterThan(30);
    for (const figure of all) {
      const { data, total } = await listed(session, figure.filter);
      const value = figure.hoursOf ? round1(data.reduce((sum, t) => sum + (t[figure.hoursOf!] ?? 0), 0)) : total;
      expect(value, figure.key).toBeCloseTo(figure.value, 5);
    }
  });

  it('reports the plan figures of the seeded FY2026 inventory', async () => {
    const stats = await statsOf(await server.as('pt_member'), { fiscal_year: 2026 });
    expect(stats.total).toBe(344);
    expect(Object.fromEntries(stats.by_scope.map((s) => [s.target_scope, s.total]))).toEqual({ community: 144, center: 200 });
    expect(stats.by_status.reduce((n, s) => n + s.count, 0)).toBe(344);
    expect(stats.hours_saved_total).toBeGreaterThan(0);
    expect(stats.overdue + stats.decided_not_in_force).toBeGreaterThan(0);
    expect(stats.by_bureau.reduce((n, b) => n + b.total, 0)).toBe(344);
  });

  it('counts a task the moment it is decided', async () => {
    const secretariat = await server.as('secretariat');
    const before = await statsOf(secretariat, { fiscal_year: 2031 });
    const task = await makeTask(server, 'pt_review');
    await secretariat.fetch(`/request_tasks/${task.id}/transitions`, {
      method: 'POST', body: JSON.stringify({ to: 'decided', decision: 'abolish', rationale: '理由', effective_from: '2099-04-01', decided_by: 'hq' }),
    });
    const after = await statsOf(secretariat, { fiscal_year: 2031 });
    expect(after.total).toBe(before.total + 1);
    expect(after.decided_not_in_force).toBe(before.decided_not_in_force + 1);
    expect(after.hours_saved_total).toBeCloseTo(before.hours_saved_total + 1800, 5);
  });

  it('refuses unknown parameters and filters in Japanese', async () => {
    const session = await server.as('viewer');
    for (const query of ['?range=[0,1]', '?filter={"nope":1}', '?filter={']) {
      const res = await session.fetch(`/stats/request_tasks${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).message).toMatch(/[ぁ-んァ-ン]/);
    }
  });
});
