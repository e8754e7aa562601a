import express, { type Request } from 'express';
import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import { c1Entries } from '../../db/schema';
import { access } from '../access';
import { whoFrom } from '../audit';
import { strictInteger } from '../bounds';
import { bodyOf } from '../crud';
import { badRequest, HttpError } from '../errors';
import { store, type Row } from '../store';
import type { Round } from './judging';
import type { Result } from '../../db/c1Results';
import { label, resultsOf } from './results';
import { roundFor } from './sheets';

const entries = store(c1Entries);
const decided = ['closed', 'finalized'];

export const idsOf = (raw: unknown, what: string) => {
  if (raw === undefined) return undefined;
  const ids = Array.isArray(raw) ? raw.map(strictInteger) : [];
  if (!Array.isArray(raw) || !ids.every((id) => id !== undefined && id > 0)) throw badRequest(`${what}は応募IDの配列で指定してください`);
  return ids as number[];
};

export const decidedRound = async (trx: Knex.Transaction, req: Request, kind: string) => {
  const round = await roundFor(trx, req, req.params.id);
  access(req, 'c1_entries').require('update');
  if (round.kind !== kind) throw badRequest(`この操作は${choiceLabel('c1_rounds', 'kind', kind)}の審査でだけ行えます`);
  if (!decided.includes(round.status)) throw new HttpError(409, '採点を「締切」にしてから行ってください（締切・確定の審査の順位だけを使います）');
  const results = await resultsOf(trx, round);
  const unscored = results.filter((r) => r.judges_scored < r.judges_expected);
  if (unscored.length) throw new HttpError(409, `採点がそろっていない応募があります: ${unscored.map(label).join('、')}`);
  return { round, results };
};

/** The top `finalist_quota` of the screening ranking; an explicit pick must keep everyone above the tie at the boundary. */
const finalistsOf = (results: Result[], quota: number, picked: number[] | undefined) => {
  const boundary = results[quota - 1]?.rank ?? Infinity;
  const above = results.filter((r) => r.rank! < boundary);
  const atBoundary = results.filter((r) => r.rank === boundary);
  if (above.length + atBoundary.length <= quota) return new Set(results.slice(0, quota).map((r) => r.entry_id));
  if (!picked) {
    throw new HttpError(409, `本選出場枠${quota}件の境目で同順位（${boundary}位）の応募があります。同順位の中から出場させる応募を選んでください: ${atBoundary.map(label).join('、')}`, undefined, {
      tied_entry_ids: atBoundary.map((r) => r.entry_id),
    });
  }
  const valid = new Set(picked).size === quota && above.every((r) => picked.includes(r.entry_id))
    && picked.every((id) => above.concat(atBoundary).some((r) => r.entry_id === id));
  if (!valid) throw badRequest(`${boundary}位より上の応募すべてと、${boundary}位の応募から合わせて${quota}件を選んでください`, { entry_ids: '選び方が正しくありません' });
  return new Set(picked);
};

export const updateEntries = async (trx: Knex.Transaction, req: Request, results: Result[], changes: (r: Result) => Row) => {
  for (const r of results) await entries.update(trx, r.entry_id, changes(r), whoFrom(req));
};

export const selectionRoutes = (db: Knex) => {
  const router = express.Router();

  router.post('/:id/finalists', async (req, res) => {
    const body = bodyOf(req);
    const picked = idsOf(body.entry_ids, '本選出場とする応募 (entry_ids) ');
    res.json(await db.transaction(async (trx) => {
      const { round, results } = await decidedRound(trx, req, 'screening');
      const edition = await trx('c1_editions').where({ id: round.edition_id }).first();
      if (!edition.finalist_quota) throw badRequest('開催回の「本選出場枠」を入力してから選んでください');
      const final = (await trx('c1_rounds').where({ edition_id: round.edition_id, kind: 'final' }).first()) as Round | undefined;
      if (final && final.status !== 'preparing') throw new HttpError(409, '本選の採点が始まっているため、本選出場を選び直せません');
      const chosen = finalistsOf(results, edition.finalist_quota, picked);
      await updateEntries(trx, req, results, (r) => ({ status: chosen.has(r.entry_id) ? 'finalist' : 'not_selected' }));
      return { finalist_ids: [...chosen], not_selected_ids: results.filter((r) => !chosen.has(r.entry_id)).map((r) => r.entry_id) };
    }));
  });

  return router;
};
