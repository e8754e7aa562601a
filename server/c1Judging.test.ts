import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedRanking, json, move, put, resultsOf } from './c1Fixtures';
import { workbookOf } from './spreadsheetTesting';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let judge: Session;
let admin: Session;
let secretariat: Session;
let seeded: { round: number; edition: number; judge: number; conflicted: number; mine: number[]; others: number[] };

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const denied = async (recordId: number) => server.db('audit_events').where({ action: 'denied', record_id: recordId }).count({ n: '*' }).first();

beforeAll(async () => {
  server = await startTestServer();
  [judge, admin, secretariat] = await Promise.all(['judge', 'admin', 'secretariat'].map((r) => server.as(r)));
  const edition = await server.db('c1_editions').where({ edition_no: 2 }).first();
  const round = await server.db('c1_rounds').where({ edition_id: edition.id, kind: 'screening' }).first();
  const me = await server.db('c1_judges').join('users', 'users.id', 'c1_judges.user_id').where('users.login', 'judge').first('c1_judges.id');
  const tie = await server.db('c1_judge_ties').where({ judge_id: me.id }).first();
  const entries = await server.db('c1_entries').where({ edition_id: edition.id }).whereNot('status', 'draft');
  const conflicted = entries.find((e) => e.citizen_center_id === tie.citizen_center_id).id;
  const mine = entries.filter((e) => e.id !== conflicted).map((e) => e.id).sort((a, b) => a - b);
  const others = (await server.db('c1_entries').whereNot({ edition_id: edition.id }).orWhere({ status: 'draft' }).pluck('id')) as number[];
  seeded = { round: round.id, edition: edition.id, judge: me.id, conflicted, mine, others };
});
afterAll(() => server.close());

describe('a judge sees only the entries they judge, minus those of centres they are tied to', () => {
  it('lists, gets and exports only those entries', async () => {
    expect(ids(await (await judge.fetch('/c1_entries?range=[0,999]')).json())).toEqual(seeded.mine);
    const many = await judge.fetch(`/c1_entries?filter=${JSON.stringify({ id: [seeded.conflicted, ...seeded.mine.slice(0, 2)] })}`);
    expect(ids(await many.json())).toEqual(seeded.mine.slice(0, 2));
    expect((await judge.fetch(`/c1_entries/${seeded.conflicted}`)).status).toBe(404);
    expect((await judge.fetch(`/c1_entries/${seeded.others[0]}`)).status).toBe(404);
    const csv = await judge.fetch(`/c1_entries/export?format=csv&fields=${JSON.stringify(['entry_no', 'title'])}`);
    expect(csv.status).toBe(200);
    const titles = (await server.db('c1_entries').whereIn('id', seeded.mine).pluck('title')) as string[];
    const conflictedTitle = (await server.db('c1_entries').where({ id: seeded.conflicted }).first()).title;
    const text = await csv.text();
    expect(titles.every((t) => text.includes(t))).toBe(true);
    expect(text).not.toContain(conflictedTitle);
  });

  it('sees nothing else of the console', async () => {
    for (const path of ['/request_tasks', '/citizen_centers', '/users', '/c1_judge_ties', '/audit_events', '/toilet_work_orders']) {
      expect((await judge.fetch(path)).status, path).toBe(403);
    }
    expect((await judge.fetch(`/c1_results?filter=${JSON.stringify({ round_id: seeded.round })}`)).status).toBe(403);
    expect(ids(await (await judge.fetch('/c1_editions')).json())).toEqual([seeded.edition]);
  });

  it('is blind: only their own score sheets, never one of a conflicted entry', async () => {
    const sheets = await (await judge.fetch('/c1_score_sheets?range=[0,999]')).json();
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.every((s: { judge_id: number }) => s.judge_id === seeded.judge)).toBe(true);
    const othersSheet = await server.db('c1_score_sheets').whereNot({ judge_id: seeded.judge }).first('id');
    expect((await judge.fetch(`/c1_score_sheets/${othersSheet.id}`)).status).toBe(404);
    const { entries } = await (await judge.fetch(`/c1_rounds/${seeded.round}/my_sheets`)).json();
    expect(ids(entries)).toEqual(seeded.mine);
  });
});

describe('saving a score sheet', () => {
  const criteria = async () => JSON.parse((await server.db('c1_editions').where({ id: seeded.edition }).first()).criteria) as { name: string }[];
  const full = async (n: number) => Object.fromEntries((await criteria()).map((c) => [c.name, n]));

  it('refuses a conflicted entry in Japanese on the judge route and the secretariat route, and audits it', async () => {
    const before = Number((await denied(seeded.conflicted))!.n);
    const mine = await json(await put(judge, `/c1_rounds/${seeded.round}/sheets/${seeded.conflicted}`, { scores: await full(5) }));
    expect(mine.status).toBe(403);
    expect(mine.body.message).toMatch(/利害関係（勤務先）/);
    const forJudge = await put(secretariat, `/c1_rounds/${seeded.round}/sheets/${seeded.conflicted}`, { scores: await full(5), judge_id: seeded.judge });
    expect(forJudge.status).toBe(403);
    expect(Number((await denied(seeded.conflicted))!.n)).toBe(before + 2);
    expect(await server.db('c1_score_sheets').where({ entry_id: seeded.conflicted, judge_id: seeded.judge }).first()).toBeUndefined();
  });

  it('keeps one sheet per judge and entry, and needs every criterion as an integer 1..5', async () => {
    const path = `/c1_rounds/${seeded.round}/sheets/${seeded.mine[3]}`;
    expect((await put(judge, path, { scores: await full(3), comment: '具体的' })).status).toBe(200);
    expect((await put(judge, path, { scores: await full(4) })).status).toBe(200);
    const rows = await server.db('c1_score_sheets').where({ entry_id: seeded.mine[3], judge_id: seeded.judge });
    expect(rows.map((r) => JSON.parse(r.scores))).toEqual([await full(4)]);
    const [first] = await criteria();
    for (const scores of [{ ...(await full(4)), [first.name]: 6 }, { ...(await full(4)), [first.name]: 2.5 }, { [first.name]: 3 }, { ...(await full(3)), 他: 3 }]) {
      const bad = await json(await put(judge, path, { scores }));
      expect(bad.status).toBe(400);
      expect(bad.body.errors.scores).toMatch(/すべての審査基準.*1〜5の整数/);
    }
  });

  it('locks every sheet after 締切, and only an admin reopens, with a reason, audited', async () => {
    const path = `/c1_rounds/${seeded.round}/sheets/${seeded.mine[4]}`;
    expect((await move(secretariat, seeded.round, 'closed')).status).toBe(200);
    const locked = await json(await put(judge, path, { scores: await full(2) }));
    expect([locked.status, locked.body.message]).toEqual([409, expect.stringMatching(/「締切」の審査は採点できません/)]);
    expect((await put(secretariat, path, { scores: await full(2), judge_id: seeded.judge })).status).toBe(409);
    const round = await (await admin.fetch(`/c1_rounds/${seeded.round}`)).json();
    const criteria = await json(await put(admin, `/c1_rounds/${seeded.round}`, { ...round, criteria: [{ name: '新基準', weight: 1 }] }));
    expect([criteria.status, criteria.body.message]).toEqual([403, expect.stringMatching(/「準備中」の間だけ/)]);
    expect((await move(secretariat, seeded.round, 'scoring', '再採点')).status).toBe(403);
    expect((await move(admin, seeded.round, 'scoring')).status).toBe(400);
    expect((await move(admin, seeded.round, 'scoring', '採点漏れのため')).status).toBe(200);
    const history = await server.db('c1_round_transitions').where({ c1_round_id: seeded.round }).orderBy('id', 'desc').first();
    expect([history.from_status, history.to_status, history.note]).toEqual(['closed', 'scoring', '採点漏れのため']);
    expect((await put(judge, path, { scores: await full(2) })).status).toBe(200);
  });
});

describe('computed results', () => {
  it('match an independent computation on the seeded round with partial scores and conflicts', async () => {
    const results = await resultsOf(secretariat, seeded.round);
    const expected = await expectedRanking(server, seeded.round);
    const pick = (r: { entry_id: number; total: number | null; rank: number | null; judges_expected: number; judges_scored: number }) =>
      ({ entry_id: r.entry_id, total: r.total === null ? null : Number(r.total.toFixed(6)), rank: r.rank, judges_expected: r.judges_expected, judges_scored: r.judges_scored });
    const byEntry = (a: { entry_id: number }, b: { entry_id: number }) => a.entry_id - b.entry_id;
    expect(results.map(pick).sort(byEntry)).toEqual(expected.map(pick).sort(byEntry));
    const conflicted = results.find((r: { entry_id: number }) => r.entry_id === seeded.conflicted);
    expect(conflicted.judges.find((j: { judge_id: number }) => j.judge_id === seeded.judge).conflict).toBe('勤務先');
  });

  it('writes the ranking and the counted sheets to an .xlsx for the 審査会, never for a judge', async () => {
    expect((await judge.fetch(`/c1_rounds/${seeded.round}/results.xlsx`)).status).toBe(403);
    const res = await secretariat.fetch(`/c1_rounds/${seeded.round}/results.xlsx`);
    expect(res.status).toBe(200);
    const workbook = await workbookOf(Buffer.from(await res.arrayBuffer()));
    const results = await resultsOf(secretariat, seeded.round);
    expect(workbook.getWorksheet('順位表')!.rowCount).toBe(results.length + 1);
    const counted = results.reduce((n: number, r: { judges_scored: number }) => n + r.judges_scored, 0);
    expect(workbook.getWorksheet('採点票')!.rowCount).toBe(counted + 1);
  });
});
