import express, { type Request } from 'express';
import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import { can } from '../../db/policy';
import { c1ScoreSheets } from '../../db/schema';
import { validate } from '../../db/validation';
import { access, refusal } from '../access';
import { whoFrom } from '../audit';
import { strictInteger } from '../bounds';
import { bodyOf, parseId } from '../crud';
import { badRequest, HttpError, invalid, notFound } from '../errors';
import { store, type Db, type Row } from '../store';
import { conflictOf, judgesRound, roundEntries, tiesOf, type Judge, type Round } from './judging';
import { criteriaOf } from './results';

const sheets = store(c1ScoreSheets);
const statusName = (status: string) => `「${choiceLabel('c1_rounds', 'status', status)}」`;

export const roundFor = async (db: Db, req: Request, raw: unknown) => {
  const round = (await db('c1_rounds').where({ id: parseId(raw) }).first()) as Round | undefined;
  if (!round) throw notFound();
  access(req, 'c1_rounds').require('read', round as unknown as Row);
  return round;
};

/** The signed-in judge, or for the secretariat the judge named by `judge_id`: a judge of this round either way. */
const judgeFor = async (db: Db, req: Request, round: Round, rawJudgeId: unknown) => {
  const actor = req.actor!;
  const judgeId = strictInteger(rawJudgeId);
  const staff = actor.role !== 'judge' && can(actor, 'c1_rounds', 'update');
  if (actor.role !== 'judge' && !staff) throw refusal(req, 'c1_score_sheets', '採点票を入力する権限がありません', round.id);
  if (staff && judgeId === undefined) throw badRequest('採点する審査員を指定してください', { judge_id: '審査員を選んでください' });
  const judge = (await db('c1_judges').where(staff ? { id: judgeId } : { user_id: actor.id }).where({ edition_id: round.edition_id }).first()) as Judge | undefined;
  if (!judge || !judgesRound(judge, round)) {
    if (staff) throw badRequest('この審査を担当する審査員を指定してください', { judge_id: 'この審査の審査員ではありません' });
    throw refusal(req, 'c1_score_sheets', 'この審査の審査員ではないため採点できません', round.id);
  }
  return judge;
};

const scoresError = (names: string[]) => `すべての審査基準（${names.join('・')}）を1〜5の整数で採点してください`;

const checkedSheet = (round: Round, edition: Row, judge: Judge, entryId: number, body: Row) => {
  const names = criteriaOf(round, edition).map((c) => c.name);
  const result = validate(c1ScoreSheets, { round_id: round.id, judge_id: judge.id, entry_id: entryId, scores: body.scores, comment: body.comment ?? null });
  if (!result.ok) {
    const other = Object.fromEntries(Object.entries(result.errors).filter(([field]) => !field.startsWith('scores')));
    throw invalid('c1_score_sheets', Object.keys(other).length < Object.keys(result.errors).length ? { ...other, scores: scoresError(names) } : other);
  }
  const given = Object.keys(result.record.scores as Row);
  if (given.length !== names.length || !names.every((n) => given.includes(n))) throw invalid('c1_score_sheets', { scores: scoresError(names) });
  return result.record;
};

const saveSheet = async (trx: Knex.Transaction, req: Request, record: Row, version: number | undefined) => {
  const { round_id, judge_id, entry_id, scores, comment } = record;
  const existing = await trx('c1_score_sheets').where({ round_id, judge_id, entry_id }).first('id');
  if (!existing) return sheets.create(trx, record, whoFrom(req));
  return sheets.update(trx, existing.id, { scores, comment }, whoFrom(req), { version });
};

export const sheetRoutes = (db: Knex) => {
  const router = express.Router();

  router.put('/:id/sheets/:entryId', async (req, res) => {
    const body = bodyOf(req);
    const entryId = parseId(req.params.entryId);
    res.json(await db.transaction(async (trx) => {
      const round = await roundFor(trx, req, req.params.id);
      const judge = await judgeFor(trx, req, round, body.judge_id);
      const entry = await roundEntries(trx, round).where({ id: entryId }).first();
      if (!entry) throw notFound();
      const conflict = await conflictOf(trx, judge.id, entry);
      if (conflict) throw refusal(req, 'c1_score_sheets', conflict, entryId);
      if (round.status !== 'scoring') {
        throw new HttpError(409, `${statusName(round.status)}の審査は採点できません。採点できるのは${statusName('scoring')}の間だけです`);
      }
      const edition = await trx('c1_editions').where({ id: round.edition_id }).first();
      const version = body.version === undefined ? undefined : strictInteger(body.version);
      return saveSheet(trx, req, checkedSheet(round, edition, judge, entryId, body), version);
    }));
  });

  router.get('/:id/my_sheets', async (req, res) => {
    const round = await roundFor(db, req, req.params.id);
    const judge = await judgeFor(db, req, round, req.query.judge_id);
    const tied = new Set((await tiesOf(db, [judge.id])).map((t) => t.citizen_center_id));
    const entries = (await roundEntries(db, round).orderBy('entry_no')).filter((e: Row) => !tied.has(e.citizen_center_id as number));
    const centers = new Map((await db('citizen_centers').whereIn('id', entries.map((e: Row) => e.citizen_center_id as number)).select('id', 'name')).map((c) => [c.id, c.name]));
    const own = await db('c1_score_sheets').where({ round_id: round.id, judge_id: judge.id });
    const edition = await db('c1_editions').where({ id: round.edition_id }).first();
    res.json({
      round: { id: round.id, kind: round.kind, status: round.status, criteria: criteriaOf(round, edition) },
      judge: { id: judge.id, display_name: judge.display_name },
      entries: entries.map((e: Row) => {
        const sheet = own.find((s) => s.entry_id === e.id);
        return {
          id: e.id, entry_no: e.entry_no, title: e.title, center_name: centers.get(e.citizen_center_id), local_issue: e.local_issue,
          proposal: e.proposal, plan: e.plan, budget_requested: e.budget_requested,
          sheet: sheet ? { scores: JSON.parse(sheet.scores), comment: sheet.comment, version: sheet.version } : null,
        };
      }),
    });
  });

  return router;
};
