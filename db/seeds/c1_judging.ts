import type { Knex } from 'knex';
import { c1Judges, c1JudgeTies, c1Rounds, c1RoundTransitions, c1ScoreSheets } from '../schema';
import { criteria } from './data/c1_texts';
import { insertAll } from './insert';
import type { Masters } from './masters';
import { createRng } from './random';

type Entry = { id: number; citizen_center_id: number; status: string; award: string | null };
type Sheet = { round_id: number; judge_id: number; entry_id: number; scores: Record<string, number>; comment: string | null };

const panel = [
  ['審査員A（有識者）', 'expert'], ['審査員B（有識者）', 'expert'], ['審査員C（市職員）', 'staff'], ['審査員D（地域代表）', 'community'],
] as const;
const firstPanel = [...panel, ['審査員E（地域代表）', 'community']] as const;
const awardOrder = ['grand_prix', 'runner_up', 'special_jury', 'audience'];
const comments = ['地域の課題がよく整理されている', '他のセンターにも広げやすい', '実施体制をもう少し具体的に', null, null, null];

const judgesOf = (trx: Knex.Transaction, editionId: number, names: readonly (readonly [string, string])[], userId: number | null = null) =>
  insertAll(trx, c1Judges, names.map(([display_name, kind], i) => ({
    edition_id: editionId, display_name, kind: kind as 'expert', rounds: ['screening', 'final'], user_id: i === 0 ? userId : null,
  })));

const roundsOf = (trx: Knex.Transaction, editionId: number, screening: string, final: string) =>
  insertAll(trx, c1Rounds, [
    { edition_id: editionId, kind: 'screening', status: screening as 'scoring' },
    { edition_id: editionId, kind: 'final', status: final as 'scoring' },
  ]);

const steps = ['preparing', 'scoring', 'closed', 'finalized'] as const;

/** The moves that brought each round to its seeded state, made by the secretariat. */
const historyOf = (trx: Knex.Transaction, rounds: [number, string][], userId: number) =>
  insertAll(trx, c1RoundTransitions, rounds.flatMap(([id, status]) => steps.slice(1, steps.indexOf(status as 'closed') + 1).map((to, i) => ({
    c1_round_id: id, from_status: steps[i], to_status: to, user_id: userId, actor: '事務局担当A', note: null,
  }))));

const sheet = (round_id: number, judge_id: number, entry_id: number, score: (criterion: number) => number, comment: string | null): Sheet =>
  ({ round_id, judge_id, entry_id, scores: Object.fromEntries(criteria.map((c, i) => [c.name, score(i)])), comment });

/** Edition 1 judged completely: finalists score 4–5 and the rest 1–3 in the screening; the final ranks the awards in order. */
const firstEdition = async (trx: Knex.Transaction, editionId: number) => {
  const rng = createRng(0x5eed0009);
  const entries: Entry[] = await trx('c1_entries').where({ edition_id: editionId }).orderBy('entry_no');
  const judges = await judgesOf(trx, editionId, firstPanel);
  const [screening, final] = await roundsOf(trx, editionId, 'finalized', 'finalized');
  const finalists = entries.filter((e) => e.status !== 'not_selected')
    .sort((a, b) => (awardOrder.indexOf(a.award ?? '') + 99) % 99 - (awardOrder.indexOf(b.award ?? '') + 99) % 99);
  const others = entries.filter((e) => e.status === 'not_selected');
  const ties = [[3, others[0], 'residence'], [3, others[5], 'residence'], [2, others[9], 'workplace']] as const;
  await insertAll(trx, c1JudgeTies, ties.map(([j, e, reason]) => ({ judge_id: judges[j], citizen_center_id: e.citizen_center_id, reason })));
  const tied = (j: number, e: Entry) => ties.some(([tj, te]) => tj === j && te.citizen_center_id === e.citizen_center_id);
  const sheets: Sheet[] = [];
  for (const [j, judge] of judges.entries()) {
    for (const e of entries.filter((x) => !tied(j, x))) {
      const high = finalists.includes(e);
      sheets.push(sheet(screening, judge, e.id, () => (high ? rng.int(4, 5) : rng.int(1, 3)), rng.pick(comments)));
    }
    for (const [k, e] of finalists.entries()) {
      sheets.push(sheet(final, judge, e.id, (c) => (j * criteria.length + c < 2 * k ? 4 : 5), rng.pick(comments)));
    }
  }
  await insertAll(trx, c1ScoreSheets, sheets);
  for (const [k, e] of finalists.entries()) await trx('c1_entries').where({ id: e.id }).update({ audience_votes: e.award === 'audience' ? 184 : 60 + k * 13 });
};

/** Edition 2 in the middle of its screening: ties, one judge done, others partly, one not started. */
const secondEdition = async (trx: Knex.Transaction, editionId: number, judgeUser: number) => {
  const rng = createRng(0x5eed000a);
  const entries: Entry[] = await trx('c1_entries').where({ edition_id: editionId }).whereNot('status', 'draft').orderBy('entry_no');
  const [a, b, c, d] = await judgesOf(trx, editionId, panel, judgeUser);
  const [screening] = await roundsOf(trx, editionId, 'scoring', 'preparing');
  await insertAll(trx, c1JudgeTies, [
    { judge_id: a, citizen_center_id: entries[0].citizen_center_id, reason: 'workplace', note: 'サンプルデータ' },
    { judge_id: d, citizen_center_id: entries[1].citizen_center_id, reason: 'residence', note: 'サンプルデータ' },
  ]);
  const score = () => rng.int(1, 5);
  await insertAll(trx, c1ScoreSheets, [
    ...entries.map((e) => sheet(screening, b, e.id, score, rng.pick(comments))),
    ...entries.slice(0, 4).map((e) => sheet(screening, c, e.id, score, null)),
    ...entries.slice(1, 3).map((e) => sheet(screening, a, e.id, score, null)),
  ]);
};

export async function seedC1Judging(trx: Knex.Transaction, masters: Masters) {
  const editions = await trx('c1_editions').orderBy('edition_no').pluck('id');
  await firstEdition(trx, editions[0]);
  await secondEdition(trx, editions[1], masters.userIds.get('judge')!);
  const rounds = (await trx('c1_rounds').orderBy('id').select('id', 'status')).map((r): [number, string] => [r.id, r.status]);
  await historyOf(trx, rounds, masters.userIds.get('secretariat')!);
}
