import type { Criterion, JudgeScore, Result } from '../../db/c1Results';
import { choiceLabel } from '../../db/labels';
import type { Db, Row } from '../store';
import { roundEntries, roundJudges, tiesOf, type Round } from './judging';

export const label = (r: Pick<Result, 'entry_no' | 'title'>) => `No.${r.entry_no}「${r.title}」`;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const exact = (x: number | null) => (x === null ? -Infinity : Math.round(x * 1e6));

/** A judge's score of an entry on a 100-point scale: Σ weight × score ÷ Σ weight, then ÷ 5 × 100. */
export const weightedScore = (criteria: Criterion[], scores: Record<string, number>) =>
  criteria.every((c) => Number.isInteger(scores[c.name]))
    ? (criteria.reduce((sum, c) => sum + c.weight * scores[c.name], 0) / criteria.reduce((sum, c) => sum + c.weight, 0) / 5) * 100
    : null;

export const criteriaOf = (round: Pick<Round, 'criteria'>, edition: Row): Criterion[] =>
  JSON.parse((round.criteria ?? edition.criteria) as string);

/** Ranks with ties as ties (1, 2, 2, 4); `criteria_order` breaks equal totals by the criteria means in their declared order. */
export const ranked = (rows: Result[], tieBreak: string) => {
  const key = (r: Result) => [exact(r.total), ...(tieBreak === 'criteria_order' ? r.criteria.map((c) => exact(c.mean)) : [])];
  const compare = (a: Result, b: Result) => {
    const [ka, kb] = [key(a), key(b)];
    const i = ka.findIndex((v, n) => v !== kb[n]);
    return i < 0 ? 0 : kb[i] - ka[i];
  };
  const sorted = [...rows].sort((a, b) => compare(a, b) || a.entry_no - b.entry_no);
  for (const row of sorted) {
    if (row.total === null) continue;
    row.rank = 1 + sorted.filter((other) => other.total !== null && compare(other, row) < 0).length;
    row.tied = sorted.some((other) => other !== row && other.total !== null && compare(other, row) === 0);
  }
  return sorted;
};

export const resultsOf = async (db: Db, round: Round): Promise<Result[]> => {
  const edition = await db('c1_editions').where({ id: round.edition_id }).first();
  const criteria = criteriaOf(round, edition);
  const entries = await roundEntries(db, round).orderBy('entry_no');
  const judges = await roundJudges(db, round);
  const ties = await tiesOf(db, judges.map((j) => j.id));
  const sheets = await db('c1_score_sheets').where({ round_id: round.id });
  const rows = entries.map((entry): Result => {
    const scored = judges.map((judge): JudgeScore => {
      const tie = ties.find((t) => t.judge_id === judge.id && t.citizen_center_id === entry.citizen_center_id);
      const sheet = sheets.find((s) => s.judge_id === judge.id && s.entry_id === entry.id);
      const conflict = tie ? choiceLabel('c1_judge_ties', 'reason', tie.reason) : null;
      const score = !tie && sheet ? weightedScore(criteria, JSON.parse(sheet.scores)) : null;
      return { judge_id: judge.id, display_name: judge.display_name, score, conflict };
    });
    const counted = sheets.filter((s) => s.entry_id === entry.id && scored.some((j) => j.judge_id === s.judge_id && !j.conflict));
    const scores = scored.flatMap((j) => (j.score === null ? [] : [j.score]));
    return {
      id: `${round.id}-${entry.id}`, round_id: round.id, edition_id: round.edition_id, entry_id: entry.id, entry_no: entry.entry_no,
      title: entry.title, citizen_center_id: entry.citizen_center_id, status: entry.status,
      judges: scored,
      judges_expected: scored.filter((j) => !j.conflict).length,
      judges_scored: scores.length,
      total: mean(scores),
      spread: scores.length ? Math.max(...scores) - Math.min(...scores) : null,
      criteria: criteria.map((c) => ({ ...c, mean: mean(counted.map((s) => JSON.parse(s.scores)[c.name])) })),
      rank: null,
      tied: false,
    };
  });
  return ranked(rows, edition.tie_break);
};
