import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import { HttpError } from '../errors';
import type { Row } from '../store';

const decided = ['closed', 'finalized'];
const lockedMessage = (kind: string) =>
  `「${choiceLabel('c1_rounds', 'kind', kind)}」の審査は締切・確定済のため、その結果が変わる審査員・利害関係の変更はできません（管理者が採点を再開すれば変更できます）`;

const decidedRound = (trx: Knex.Transaction, editionId: unknown, kinds: string[]) =>
  trx('c1_rounds').where({ edition_id: editionId }).whereIn('kind', kinds).whereIn('status', decided).first('kind');

/** A tie changes the results of every round in which the judge scored an entry of that centre: never once such a round is 締切. */
const tieLocked = async (trx: Knex.Transaction, tie: Row | undefined) => {
  if (!tie) return;
  const scored = await trx('c1_score_sheets')
    .join('c1_rounds', 'c1_rounds.id', 'c1_score_sheets.round_id')
    .join('c1_entries', 'c1_entries.id', 'c1_score_sheets.entry_id')
    .where({ 'c1_score_sheets.judge_id': tie.judge_id, 'c1_entries.citizen_center_id': tie.citizen_center_id })
    .whereIn('c1_rounds.status', decided)
    .first('c1_rounds.kind');
  if (scored) throw new HttpError(409, lockedMessage(scored.kind));
};

export const tieGuard = async (trx: Knex.Transaction, { before, after }: { before?: Row; after?: Row }) => {
  await tieLocked(trx, before);
  await tieLocked(trx, after);
};

/** Who judges a round decides its results: a judge's rounds or edition never change once a round they touch is 締切. */
export const judgeGuard = async (trx: Knex.Transaction, { before, after }: { before?: Row; after?: Row }) => {
  const kinds = (r?: Row) => (r?.rounds ?? []) as string[];
  const moved = !before || !after || before.edition_id !== after.edition_id;
  const touched = moved ? [...kinds(before), ...kinds(after)] : kinds(before).filter((k) => !kinds(after).includes(k))
    .concat(kinds(after).filter((k) => !kinds(before).includes(k)));
  for (const record of [before, after]) {
    const round = record && touched.length ? await decidedRound(trx, record.edition_id, touched) : undefined;
    if (round) throw new HttpError(409, lockedMessage(round.kind));
  }
};
