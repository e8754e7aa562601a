import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres } from '../db/connection';
import { choiceLabel } from '../db/labels';
import { searchIndexOf } from '../db/search';
import { makeTask } from './taskFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

type Row = Record<string, any>;
let server: TestServer;
let secretariat: Session;
const rows: Record<string, Row[]> = {};

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const found = async (resource: string, q: string) => {
  const res = await secretariat.fetch(`/${resource}?filter=${encodeURIComponent(JSON.stringify({ q }))}&range=[0,999]`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Row[]).map((r) => r.id).sort((a, b) => a - b);
};
const holds = (q: string, ...texts: unknown[]) => fold(q).split(/\s+/).every((term) => fold(texts.filter((t) => t != null).join('\n')).includes(term));
const byId = (resource: string, id: number) => rows[resource].find((r) => r.id === id)!;
const department = (t: Row) => { const d = byId('departments', t.requesting_department_id); return [d.bureau, d.section]; };
const taskText = (t: Row) => [t.task_code, t.title, t.description, t.basis_text, t.proposal, ...department(t), choiceLabel('request_tasks', 'category', t.category)];
const wardOfCenter = (id: number | null) => (id ? byId('wards', byId('citizen_centers', id).ward_id).name : null);
const caseText = (c: Row) => [c.case_no, c.title, c.local_issue, c.activities, c.partners, c.outcomes,
  ...c.themes.map((t: string) => choiceLabel('practice_cases', 'themes', t)),
  c.citizen_center_id && byId('citizen_centers', c.citizen_center_id).name, wardOfCenter(c.citizen_center_id), c.ward_id && byId('wards', c.ward_id).name];
const expected = (resource: string, q: string, text: (r: Row) => unknown[]) => {
  const ids = rows[resource].filter((r) => holds(q, ...text(r))).map((r) => r.id).sort((a, b) => a - b);
  expect(ids.length, q).toBeGreaterThan(0);
  expect(ids.length, q).toBeLessThan(rows[resource].length);
  return ids;
};

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
  for (const r of ['request_tasks', 'departments', 'practice_cases', 'citizen_centers', 'wards']) {
    rows[r] = await (await secretariat.fetch(`/${r}?range=[0,999]`)).json();
  }
});
afterAll(() => server.close());

describe('q, the keyword search', () => {
  it.each(['紙', '募金', '防災', '赤い羽根', '市民センター', 'c-01', 'ＤＸ'])('finds exactly the tasks holding %s in their text, department or 業務区分', async (q) => {
    expect(await found('request_tasks', q)).toEqual(expected('request_tasks', q, taskText));
  });

  it('finds a katakana word written in hiragana, and the reverse', async () => {
    const katakana = rows.request_tasks.map((t) => t.title.match(/[ァ-ヶー]{3,}/)?.[0]).find(Boolean);
    const hiragana = katakana.replace(/[ァ-ヶ]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    expect(await found('request_tasks', hiragana)).toEqual(expected('request_tasks', katakana, taskText));
  });

  it('finds a department\'s tasks by its section name and a category by its label', async () => {
    const [section] = department(rows.request_tasks[0]).slice(1);
    expect(await found('request_tasks', section)).toEqual(expected('request_tasks', section, taskText));
    expect(await found('request_tasks', '会費の取りまとめ')).toEqual(rows.request_tasks.filter((t) => t.category === 'fundraising').map((t) => t.id).sort((a, b) => a - b));
  });

  it('finds cases by theme label, centre and the centre\'s ward', async () => {
    const centre = byId('citizen_centers', rows.practice_cases.find((c) => c.citizen_center_id)!.citizen_center_id).name;
    for (const q of ['子育て', '門司区', '小倉北', centre]) {
      expect(await found('practice_cases', q), q).toEqual(expected('practice_cases', q, caseText));
    }
  });

  it('keeps exact-substring meaning: pieces of a word in two places are no hit, and % _ are plain characters', async () => {
    const split = await makeTask(server, 'not_started', { load: { title: '総合防 災訓練の案内', description: '災訓練は別' } });
    expect(await found('request_tasks', '防災訓練')).not.toContain(split.id);
    expect(await found('request_tasks', '防 災訓')).toContain(split.id);
    const adjacent = await makeTask(server, 'not_started', { load: { title: '総合防災 災訓練' } });
    expect(await found('request_tasks', '防災訓練')).not.toContain(adjacent.id);
    expect(await found('request_tasks', '災訓練')).toContain(adjacent.id);
    expect(await found('request_tasks', '%')).toEqual([]);
    expect(await found('request_tasks', '_')).toEqual([]);
  });

  it('follows every write: a new title is found at once, the old one no longer', async () => {
    const task = await makeTask(server, 'not_started', { load: { title: '古い題名ゆりかもめ' } });
    expect(await found('request_tasks', 'ゆりかもめ')).toEqual([task.id]);
    const res = await secretariat.fetch(`/request_tasks/${task.id}`, { method: 'PUT', body: JSON.stringify({ version: task.version, title: '新しい題名こまどり' }) });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await found('request_tasks', 'ゆりかもめ')).toEqual([]);
    expect(await found('request_tasks', 'コマドリ')).toEqual([task.id]);
    await server.db('request_tasks').where({ id: task.id }).del();
    expect(await found('request_tasks', 'こまどり')).toEqual([]);
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)('answers two-character words from the bigram index on SQLite', async () => {
    expect(isPostgres(server.db)).toBe(false);
    const [{ n }] = await server.db(searchIndexOf('request_tasks')).count({ n: '*' });
    expect(n).toBe((await server.db('request_tasks').count({ n: '*' }))[0].n);
    const plan = await server.db.raw(`explain query plan select id from request_tasks where id in
      (select rowid from request_tasks_search where request_tasks_search match '"募金"')`);
    expect(plan.map((p: Row) => p.detail).join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
  });
});
