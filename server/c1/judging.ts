import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import type { Judging } from '../../db/policy';
import type { Db, Row } from '../store';

/** Entries a final is judged on: those that went through the screening. */
export const finalStatuses = ['finalist', 'presented', 'awarded', 'not_awarded', 'implementing', 'reported'];

export type Round = { id: number; edition_id: number; kind: string; status: string; criteria: string | null };
export type Judge = { id: number; edition_id: number; display_name: string; rounds: string; user_id: number | null };

export const judgesRound = (judge: Judge, round: Round) => (JSON.parse(judge.rounds) as string[]).includes(round.kind);

/** The entries of a round: every submitted entry of its edition for the screening, the finalists for the final. */
export const roundEntries = (db: Db, round: Round) => {
  const q = db('c1_entries').where({ edition_id: round.edition_id });
  return round.kind === 'final' ? q.whereIn('status', finalStatuses) : q.whereNot('status', 'draft');
};

export const roundJudges = async (db: Db, round: Round) =>
  ((await db('c1_judges').where({ edition_id: round.edition_id }).orderBy('id')) as Judge[]).filter((j) => judgesRound(j, round));

export const tiesOf = (db: Db, judgeIds: number[]) =>
  db('c1_judge_ties').whereIn('judge_id', judgeIds).select('judge_id', 'citizen_center_id', 'reason') as Promise<
    { judge_id: number; citizen_center_id: number; reason: string }[]
  >;

/** 「利害関係（勤務先）がある…」 when the judge is tied to the entry's centre, else null. */
export const conflictOf = async (db: Db, judgeId: number, entry: Row) => {
  const tie = await db('c1_judge_ties').where({ judge_id: judgeId, citizen_center_id: entry.citizen_center_id }).first('reason');
  if (!tie) return null;
  return `この応募の市民センターとは利害関係（${choiceLabel('c1_judge_ties', 'reason', tie.reason)}）があるため、この審査員は採点も閲覧もできません`;
};

export const judgingOf = async (db: Knex, userId: number): Promise<Judging> => {
  const judges = (await db('c1_judges').where({ user_id: userId })) as Judge[];
  const rounds = (await db('c1_rounds').whereIn('edition_id', judges.map((j) => j.edition_id))) as Round[];
  const ties = await tiesOf(db, judges.map((j) => j.id));
  const roundIds = new Set<number>();
  const entryIds = new Set<number>();
  for (const judge of judges) {
    const tied = new Set(ties.filter((t) => t.judge_id === judge.id).map((t) => t.citizen_center_id));
    for (const round of rounds.filter((r) => r.edition_id === judge.edition_id && judgesRound(judge, r))) {
      roundIds.add(round.id);
      for (const e of await roundEntries(db, round).select('id', 'citizen_center_id')) if (!tied.has(e.citizen_center_id)) entryIds.add(e.id);
    }
  }
  return {
    judge_ids: judges.map((j) => j.id),
    edition_ids: [...new Set(judges.map((j) => j.edition_id))],
    round_ids: [...roundIds],
    entry_ids: [...entryIds],
  };
};
