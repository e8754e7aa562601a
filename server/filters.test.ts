import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Session, type TestServer } from './testServer';

type Task = Record<string, any>;
let server: TestServer;
let secretariat: Session;
let all: Task[];

const list = async (resource: string, params: Record<string, unknown>) => {
  const query = Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`).join('&');
  const res = await secretariat.fetch(`/${resource}?${query}`);
  expect(res.status).toBe(200);
  return { rows: (await res.json()) as Task[], total: Number(res.headers.get('content-range')!.split('/')[1]) };
};
const ids = async (filter: Record<string, unknown>) => {
  const { rows, total } = await list('request_tasks', { filter, range: [0, 999] });
  expect(total).toBe(rows.length);
  return rows.map((r) => r.id).sort((a, b) => a - b);
};
const expected = (predicate: (t: Task) => boolean) => all.filter(predicate).map((t) => t.id).sort((a, b) => a - b);
const searchable = (t: Task) => [t.task_code, t.title, t.description, t.basis_text, t.proposal].join('\n');
const nonTrivial = (predicate: (t: Task) => boolean) => {
  const n = all.filter(predicate).length;
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(all.length);
  return predicate;
};

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
  all = (await list('request_tasks', { range: [0, 999] })).rows;
});
afterAll(() => server.close());

describe('request task filters', () => {
  it('lists all 344 FY2026 tasks: 144 for community groups and 200 for centres', async () => {
    expect(all).toHaveLength(344);
    expect(await ids({ target_scope: 'community', fiscal_year: 2026 })).toHaveLength(144);
    expect(await ids({ target_scope: 'center', fiscal_year: 2026 })).toHaveLength(200);
  });

  it('treats a scalar value as equality and an array as IN', async () => {
    expect(await ids({ channel: 'paper' })).toEqual(expected(nonTrivial((t) => t.channel === 'paper')));
    expect(await ids({ status: ['surveying', 'on_hold'] })).toEqual(expected(nonTrivial((t) => ['surveying', 'on_hold'].includes(t.status))));
  });

  it('supports the _gte, _lte, _gt, _lt and _neq suffixes', async () => {
    expect(await ids({ next_action_due_lte: '2026-11-29' })).toEqual(expected(nonTrivial((t) => t.next_action_due && t.next_action_due <= '2026-11-29')));
    expect(await ids({ next_action_due_gte: '2026-12-01' })).toEqual(expected(nonTrivial((t) => t.next_action_due && t.next_action_due >= '2026-12-01')));
    expect(await ids({ burden_level_gt: 3 })).toEqual(expected(nonTrivial((t) => t.burden_level > 3)));
    expect(await ids({ burden_level_lt: '3' })).toEqual(expected(nonTrivial((t) => t.burden_level !== null && t.burden_level < 3)));
    expect(await ids({ channel_neq: 'paper' })).toEqual(expected((t) => t.channel !== 'paper'));
    expect(await ids({ status_neq: ['not_started', 'surveying'] })).toEqual(expected((t) => !['not_started', 'surveying'].includes(t.status)));
  });

  it('filters null and not-null values', async () => {
    expect(await ids({ decision: null })).toEqual(expected(nonTrivial((t) => t.decision === null)));
    expect(await ids({ decision_neq: null })).toEqual(expected((t) => t.decision !== null));
  });

  it('matches set fields that contain any of the given values', async () => {
    expect(await ids({ months: 4 })).toEqual(expected(nonTrivial((t) => t.months.includes(4))));
    expect(await ids({ months: [1, 12] })).toEqual(expected(nonTrivial((t) => t.months.includes(1) || t.months.includes(12))));
    expect(await ids({ issue_tags: ['unpaid'] })).toEqual(expected(nonTrivial((t) => t.issue_tags.includes('unpaid'))));
    expect(await ids({ months_neq: 4 })).toEqual(expected((t) => !t.months.includes(4)));
  });

  it('filters booleans and combines conditions with AND', async () => {
    const candidates = (t: Task) => t.basis_type === 'custom' && t.compensation_type === 'none' && t.handles_personal_data === false;
    expect(await ids({ basis_type: 'custom', compensation_type: 'none', handles_personal_data: false })).toEqual(expected(nonTrivial(candidates)));
  });

  it('finds tasks by foreign key the way getManyReference asks', async () => {
    const department = all[0].requesting_department_id;
    expect(await ids({ requesting_department_id: department })).toEqual(expected((t) => t.requesting_department_id === department));
  });

  it('searches text with q, including two-character Japanese words, width and kana variants', async () => {
    expect(await ids({ q: '募金' })).toEqual(expected(nonTrivial((t) => searchable(t).includes('募金'))));
    const katakana = all.find((t) => /[ァ-ヶ]{2,}/.test(t.title))!.title.match(/[ァ-ヶ]{2,}/)![0];
    const hiragana = katakana.replace(/[ァ-ヶ]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    expect(await ids({ q: hiragana })).toEqual(await ids({ q: katakana }));
    expect(await ids({ q: 'Ｃ－００１' })).toEqual(expected((t) => t.task_code === 'C-001'));
    expect(await ids({ q: '募金 赤い羽根' })).toEqual(expected((t) => searchable(t).includes('募金') && searchable(t).includes('赤い羽根')));
  });

  it('treats % and _ in a search as plain characters', async () => {
    expect(await ids({ q: '%' })).toEqual([]);
    expect(await ids({ q: '_' })).toEqual([]);
  });
});

describe('sorting and paging', () => {
  it('sorts by any column in both directions, with id breaking ties, and pages consistently', async () => {
    const { rows: asc } = await list('request_tasks', { sort: ['hours_per_occurrence', 'ASC'], range: [0, 999] });
    const key = (t: Task) => [t.hours_per_occurrence ?? -Infinity, t.id];
    const sorted = [...all].sort((a, b) => (key(a)[0] - key(b)[0]) || (key(a)[1] - key(b)[1]));
    expect(asc.map((t) => t.id)).toEqual(sorted.map((t) => t.id));
    const pages = [];
    for (let start = 0; start < 344; start += 50) {
      pages.push(...(await list('request_tasks', { sort: ['title', 'DESC'], range: [start, start + 49] })).rows);
    }
    expect(new Set(pages.map((t) => t.id)).size).toBe(344);
    const { rows: desc } = await list('request_tasks', { sort: ['title', 'DESC'], range: [0, 999] });
    expect(pages.map((t) => t.id)).toEqual(desc.map((t) => t.id));
  });
});
