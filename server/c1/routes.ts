import express from 'express';
import type { Knex } from 'knex';
import { canSeeResults } from '../../db/policy';
import { refusal } from '../access';
import { strictInteger } from '../bounds';
import { badRequest, notFound } from '../errors';
import { awardRoutes } from './awards';
import type { Round } from './judging';
import { resultsOf } from './results';
import { resultsWorkbook } from './resultsExport';
import { selectionRoutes } from './selection';
import { sheetRoutes } from './sheets';

const filterOf = (raw: unknown) => {
  let filter: Record<string, unknown>;
  try {
    filter = raw === undefined ? {} : JSON.parse(String(raw));
  } catch {
    throw badRequest('絞り込み条件 (filter) の JSON の形式が正しくありません');
  }
  const unknown = Object.keys(filter ?? {}).filter((k) => !['round_id', 'edition_id'].includes(k));
  const [roundId, editionId] = [filter?.round_id, filter?.edition_id].map((v) => (v === undefined ? undefined : strictInteger(v) ?? 0));
  if (unknown.length || (roundId === undefined && editionId === undefined) || roundId === 0 || editionId === 0) {
    throw badRequest('審査結果は「C-1審査」(round_id) か「開催回」(edition_id) で絞り込んでください');
  }
  return { roundId, editionId };
};

/** `GET /api/c1_results`: the computed ranking of a round, or of every round of an edition; never stored, never typed. */
export const c1ResultRoutes = (db: Knex) => {
  const router = express.Router();
  router.get('/', async (req, res) => {
    if (!canSeeResults(req.actor!)) throw refusal(req, 'c1_score_sheets', '審査結果を閲覧する権限がありません');
    const { roundId, editionId } = filterOf(req.query.filter);
    const q = db('c1_rounds').orderBy('id');
    if (roundId !== undefined) q.where({ id: roundId });
    if (editionId !== undefined) q.where({ edition_id: editionId });
    const rounds = (await q) as Round[];
    if (roundId !== undefined && !rounds.length) throw notFound();
    const rows = (await Promise.all(rounds.map((r) => resultsOf(db, r)))).flat();
    res.set('Content-Range', `c1_results 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
    res.json(rows);
  });
  return router;
};

export const c1RoundRoutes = (db: Knex) =>
  express.Router().get('/:id/results.xlsx', resultsWorkbook(db)).use(sheetRoutes(db), selectionRoutes(db), awardRoutes(db));
