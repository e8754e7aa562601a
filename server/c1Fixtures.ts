import type { Session, TestServer } from './testServer';

export const json = async (res: Response) => ({ status: res.status, body: await res.json() });
export const resultsOf = async (session: Session, roundId: number) =>
  (await session.fetch(`/c1_results?filter=${JSON.stringify({ round_id: roundId })}`)).json();
export const put = (session: Session, path: string, body: unknown) => session.fetch(path, { method: 'PUT', body: JSON.stringify(body) });
export const post = (session: Session, path: string, body: unknown = {}) => session.fetch(path, { method: 'POST', body: JSON.stringify(body) });

export const move = async (session: Session, roundId: number, to: string, note?: string) =>
  post(session, `/c1_rounds/${roundId}/transitions`, { to, note });

/** A's weight is 2, B's 1: (2a + b) / 3 / 5 × 100. */
export const score = (session: Session, roundId: number, entryId: number, [a, b]: number[], judgeId?: number) =>
  put(session, `/c1_rounds/${roundId}/sheets/${entryId}`, { scores: { 課題: a, 独自性: b }, comment: null, judge_id: judgeId });

const created = async (session: Session, resource: string, body: object) => {
  const res = await post(session, `/${resource}`, body);
  if (res.status !== 201) throw new Error(`${resource}: ${res.status} ${await res.text()}`);
  return (await res.json()).id as number;
};

/** A small contest made through the API: 4 entries at distinct centres, 3 judges, judge 3 tied to the centre of entry 1. */
export const makeContest = async (server: TestServer, admin: Session, editionNo: number) => {
  const centers: number[] = await server.db('citizen_centers').orderBy('id', 'desc').limit(4).pluck('id');
  const edition = await created(admin, 'c1_editions', {
    edition_no: editionNo, fiscal_year: 2027, name: `第${editionNo}回 試験`, finalist_quota: 1, tie_break: 'none',
    criteria: [{ name: '課題', weight: 2 }, { name: '独自性', weight: 1 }],
  });
  const entries = [];
  for (const [i, center] of centers.entries()) {
    entries.push(await created(admin, 'c1_entries', {
      edition_id: edition, entry_no: i + 1, citizen_center_id: center, presenter_role: 'director', title: `試験応募${i + 1}`, status: 'received',
    }));
  }
  const judges = [];
  for (const name of ['試験審査員1', '試験審査員2', '試験審査員3']) {
    judges.push(await created(admin, 'c1_judges', { edition_id: edition, display_name: name, kind: 'expert', rounds: ['screening', 'final'] }));
  }
  await created(admin, 'c1_judge_ties', { judge_id: judges[2], citizen_center_id: centers[0], reason: 'workplace' });
  const screening = await created(admin, 'c1_rounds', { edition_id: edition, kind: 'screening' });
  return { edition, entries, judges, centers, screening };
};

type Sheet = { judge_id: number; entry_id: number; scores: string | Record<string, number> };

/** The ranking computed here, independently of server/c1/results.ts: mean over untied judges of Σw·s/Σw/5×100. */
export const expectedRanking = async (server: TestServer, roundId: number) => {
  const round = await server.db('c1_rounds').where({ id: roundId }).first();
  const edition = await server.db('c1_editions').where({ id: round.edition_id }).first();
  const criteria: { name: string; weight: number }[] = JSON.parse(round.criteria ?? edition.criteria);
  const judges = (await server.db('c1_judges').where({ edition_id: round.edition_id })).filter((j) => JSON.parse(j.rounds).includes(round.kind));
  const ties = await server.db('c1_judge_ties').whereIn('judge_id', judges.map((j) => j.id));
  const sheets: Sheet[] = await server.db('c1_score_sheets').where({ round_id: roundId });
  const entries = await server.db('c1_entries').where({ edition_id: round.edition_id }).whereNot('status', 'draft');
  const average = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const totals = entries.map((e) => {
    const allowed = judges.filter((j) => !ties.some((t) => t.judge_id === j.id && t.citizen_center_id === e.citizen_center_id));
    const given = sheets.filter((s) => s.entry_id === e.id && allowed.some((j) => j.id === s.judge_id))
      .map((s): Record<string, number> => (typeof s.scores === 'string' ? JSON.parse(s.scores) : s.scores));
    const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
    const scores = given.map((g) => (criteria.reduce((sum, c) => sum + c.weight * g[c.name], 0) / weights) * 20);
    const means = criteria.map((c) => average(given.map((g) => g[c.name]))!);
    return { entry_id: e.id, total: average(scores), means, judges_expected: allowed.length, judges_scored: scores.length };
  });
  type Total = (typeof totals)[number];
  const better = (o: Total, t: Total) => {
    if (Math.abs(o.total! - t.total!) > 1e-9) return o.total! > t.total!;
    if (edition.tie_break !== 'criteria_order') return false;
    const i = o.means.findIndex((m, n) => Math.abs(m - t.means[n]) > 1e-9);
    return i >= 0 && o.means[i] > t.means[i];
  };
  return totals.map(({ means: _, ...t }, _i, all) => ({
    ...t, rank: t.total === null ? null : 1 + all.filter((o) => o.total !== null && better(o, all[_i])).length,
  }));
};
