import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedRanking, json, makeContest, move, post, put, resultsOf, score } from './c1Fixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;
let secretariat: Session;

beforeAll(async () => {
  server = await startTestServer();
  [admin, secretariat] = await Promise.all(['admin', 'secretariat'].map((r) => server.as(r)));
});
afterAll(() => server.close());

describe('ranking, finalists and awards of a contest', () => {
  let c: Awaited<ReturnType<typeof makeContest>>;
  const statuses = async () => server.db('c1_entries').whereIn('id', c.entries).orderBy('entry_no').pluck('status');
  const edit = async (changes: object) => {
    const before = await (await admin.fetch(`/c1_editions/${c.edition}`)).json();
    expect((await put(admin, `/c1_editions/${c.edition}`, { ...before, ...changes })).status).toBe(200);
  };

  beforeAll(async () => {
    c = await makeContest(server, admin, 97);
    expect((await move(secretariat, c.screening, 'scoring')).status).toBe(200);
    const [j1, j2, j3] = c.judges;
    const [e1, e2, e3, e4] = c.entries;
    const sheets: [number, number, number[]][] = [
      [e1, j1, [5, 3]], [e1, j2, [4, 5]],
      [e2, j1, [4, 5]], [e2, j2, [5, 3]], [e2, j3, [4, 5]],
      [e3, j1, [3, 3]], [e3, j2, [3, 3]], [e3, j3, [3, 3]],
      [e4, j1, [2, 2]], [e4, j2, [2, 2]], [e4, j3, [2, 2]],
    ];
    for (const [entry, j, s] of sheets) expect((await score(secretariat, c.screening, entry, s, j)).status).toBe(200);
    expect((await score(secretariat, c.screening, e1, [5, 5], j3)).status).toBe(403);
  });

  it('ranks ties as ties, the mean over the judges allowed to score (a conflict removes one)', async () => {
    const results = await resultsOf(secretariat, c.screening);
    const expected = await expectedRanking(server, c.screening);
    expect(results.map((r: { rank: number }) => r.rank)).toEqual([1, 1, 3, 4]);
    expect(results.map((r: { entry_id: number; rank: number }) => [r.entry_id, r.rank]))
      .toEqual(expected.sort((a, b) => a.rank! - b.rank! || a.entry_id - b.entry_id).map((r) => [r.entry_id, r.rank]));
    const [first, second] = results;
    expect([first.total, second.total].map((t: number) => t.toFixed(3))).toEqual(['86.667', '86.667']);
    expect([first.tied, first.judges_expected, first.judges_scored, second.judges_expected]).toEqual([true, 2, 2, 3]);
    expect(results[2]).toMatchObject({ total: 60, spread: 0, tied: false });
  });

  it('drops the scores of a judge whose tie is recorded after scoring, everywhere', async () => {
    const tie = await json(await post(admin, '/c1_judge_ties', { judge_id: c.judges[1], citizen_center_id: c.centers[3], reason: 'residence' }));
    const [e4] = (await resultsOf(secretariat, c.screening)).filter((r: { entry_id: number }) => r.entry_id === c.entries[3]);
    expect([e4.judges_expected, e4.judges_scored, e4.judges[1].conflict]).toEqual([2, 2, '居住地区']);
    await admin.fetch(`/c1_judge_ties/${tie.body.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
  });

  it('refuses finalists before 締切 and on an ambiguous quota, then takes an explicit pick, all or nothing', async () => {
    const before = await statuses();
    const early = await json(await post(secretariat, `/c1_rounds/${c.screening}/finalists`));
    expect([early.status, early.body.message]).toEqual([409, expect.stringMatching(/締切/)]);
    expect((await move(secretariat, c.screening, 'closed')).status).toBe(200);
    const tied = await json(await post(secretariat, `/c1_rounds/${c.screening}/finalists`));
    expect([tied.status, tied.body.tied_entry_ids]).toEqual([409, [c.entries[0], c.entries[1]]]);
    expect(tied.body.message).toMatch(/同順位/);
    expect((await post(secretariat, `/c1_rounds/${c.screening}/finalists`, { entry_ids: [c.entries[2]] })).status).toBe(400);
    await server.db('c1_entries').where({ id: c.entries[3] }).update({ award: 'audience' });
    expect((await post(secretariat, `/c1_rounds/${c.screening}/finalists`, { entry_ids: [c.entries[1]] })).status).toBe(400);
    expect(await statuses()).toEqual(before);
    await server.db('c1_entries').where({ id: c.entries[3] }).update({ award: null });
    expect((await post(secretariat, `/c1_rounds/${c.screening}/finalists`, { entry_ids: [c.entries[1]] })).status).toBe(200);
    expect(await statuses()).toEqual(['not_selected', 'finalist', 'not_selected', 'not_selected']);
  });

  it('refuses, once the screening is 締切, a tie or a change of judges that would change its results', async () => {
    const tie = await json(await post(admin, '/c1_judge_ties', { judge_id: c.judges[0], citizen_center_id: c.centers[2], reason: 'other' }));
    expect([tie.status, tie.body.message]).toEqual([409, expect.stringMatching(/「書類審査」の審査は締切・確定済/)]);
    const judge = await (await admin.fetch(`/c1_judges/${c.judges[1]}`)).json();
    expect((await put(admin, `/c1_judges/${c.judges[1]}`, { ...judge, rounds: ['final'] })).status).toBe(409);
    expect((await put(admin, `/c1_judges/${c.judges[1]}`, { ...judge, display_name: '試験審査員2（改）' })).status).toBe(200);
    expect(await server.db('c1_judge_ties').where({ judge_id: c.judges[0] }).first()).toBeUndefined();
  });

  it('breaks the tie by the criteria in order when the edition says so, and selects the quota', async () => {
    await edit({ tie_break: 'criteria_order', finalist_quota: 2 });
    const results = await resultsOf(secretariat, c.screening);
    expect(results.map((r: { entry_id: number; rank: number }) => [r.entry_id, r.rank])).toEqual(c.entries.map((e, i) => [e, i + 1]));
    expect((await post(secretariat, `/c1_rounds/${c.screening}/finalists`)).status).toBe(200);
    expect(await statuses()).toEqual(['finalist', 'finalist', 'not_selected', 'not_selected']);
  });

  it('records awards from the final ranking with the prize, and the audience votes', async () => {
    const final = await json(await post(admin, '/c1_rounds', { edition_id: c.edition, kind: 'final' }));
    expect((await move(secretariat, final.body.id, 'scoring')).status).toBe(200);
    for (const j of c.judges.slice(0, 2)) {
      expect((await score(secretariat, final.body.id, c.entries[0], [5, 5], j)).status).toBe(200);
      expect((await score(secretariat, final.body.id, c.entries[1], [4, 4], j)).status).toBe(200);
    }
    expect((await score(secretariat, final.body.id, c.entries[1], [4, 4], c.judges[2])).status).toBe(200);
    expect((await move(secretariat, final.body.id, 'closed')).status).toBe(200);
    const path = `/c1_rounds/${final.body.id}/awards`;
    const wrong = await json(await post(secretariat, path, { awards: [{ entry_id: c.entries[1], award: 'grand_prix', prize_amount: 100000 }] }));
    expect([wrong.status, wrong.body.message]).toEqual([400, expect.stringMatching(/グランプリ」は本選の1位/)]);
    const votes = { [c.entries[0]]: 12, [c.entries[1]]: 30 };
    const audience = await post(secretariat, path, { awards: [{ entry_id: c.entries[0], award: 'audience' }], audience_votes: votes });
    expect(audience.status).toBe(400);
    const ok = await post(secretariat, path, {
      awards: [{ entry_id: c.entries[0], award: 'grand_prix', prize_amount: 100000 }, { entry_id: c.entries[1], award: 'runner_up', prize_amount: 30000 }],
      audience_votes: votes,
    });
    expect(ok.status).toBe(200);
    const rows = await server.db('c1_entries').whereIn('id', c.entries.slice(0, 2)).orderBy('entry_no');
    expect(rows.map((r) => [r.status, r.award, Number(r.prize_amount), r.audience_votes])).toEqual([
      ['awarded', 'grand_prix', 100000, 12], ['awarded', 'runner_up', 30000, 30],
    ]);
  });
});
