import type { Request, RequestHandler } from 'express';
import type { Knex } from 'knex';
import { can } from '../db/policy';
import { access } from './access';
import { strictInteger } from './bounds';
import { badRequest } from './errors';
import { todayInTokyo } from './clock';
import { delayedSql } from './toilets/schedule';

type Query = Knex.QueryBuilder;
const num = (v: unknown) => Number(v ?? 0);
const finalists = ['finalist', 'presented', 'awarded', 'not_awarded', 'implementing', 'reported'];

const countBy = async (q: Query, field: string) => {
  const rows: Record<string, unknown>[] = await q.select(field).count({ n: '*' }).groupBy(field).orderBy(field);
  return Object.fromEntries(rows.map((r) => [String(r[field]), num(r.n)]));
};

const readable = (req: Request, resource: string) => (can(req.actor!, resource, 'read') ? access(req, resource) : null);

const toilets = async (db: Knex, req: Request, year: number) => {
  const orders = readable(req, 'toilet_work_orders');
  const stalls = readable(req, 'toilet_inventories');
  if (!orders || !stalls) return null;
  const ofYear = () => db('toilet_work_orders').modify(orders.scope).where({ fiscal_year: year });
  const by_status = await countBy(ofYear(), 'status');
  const planned = await ofYear().whereNot({ status: 'cancelled' }).sum({ n: 'planned_conversions' }).first();
  const delayed = await ofYear().whereRaw(`(${delayedSql(todayInTokyo(), 'toilet_work_orders')})`).count({ n: '*' }).first();
  const inventory = await db('toilet_inventories').modify(stalls.scope).sum({ western: 'western_count', squat: 'squat_count' }).first();
  return {
    orders: Object.values(by_status).reduce((a, b) => a + b, 0),
    by_status,
    planned_conversions: num(planned?.n),
    delayed: num(delayed?.n),
    western: num(inventory?.western),
    squat: num(inventory?.squat),
  };
};

const cases = async (db: Knex, req: Request) => {
  const library = readable(req, 'practice_cases');
  const adoptions = readable(req, 'practice_adoptions');
  if (!library || !adoptions) return null;
  const by_status = await countBy(db('practice_cases').modify(library.scope), 'status');
  const adopted = await db('practice_adoptions').modify(adoptions.scope).where({ status: 'adopted' }).count({ n: '*' }).first();
  return { total: Object.values(by_status).reduce((a, b) => a + b, 0), by_status, adopted: num(adopted?.n) };
};

const c1 = async (db: Knex, req: Request, year: number) => {
  const editions = readable(req, 'c1_editions');
  const entries = readable(req, 'c1_entries');
  if (!editions || !entries) return null;
  const edition = await db('c1_editions').modify(editions.scope).where({ fiscal_year: year }).orderBy('edition_no', 'desc').first('id', 'name');
  if (!edition) return { edition: null, entries: 0, finalists: 0, awarded: 0 };
  const ofEdition = () => db('c1_entries').modify(entries.scope).where({ edition_id: edition.id });
  const by_status = await countBy(ofEdition().whereNot({ status: 'draft' }), 'status');
  const sum = (states: string[]) => states.reduce((n, s) => n + (by_status[s] ?? 0), 0);
  return {
    edition, entries: Object.values(by_status).reduce((a, b) => a + b, 0), finalists: sum(finalists), awarded: by_status.awarded ?? 0,
  };
};

/** GET /api/stats/programmes?fiscal_year=2026: the toilet programme, the case library and the C-1 at a glance. */
export const programmeStats = (db: Knex): RequestHandler => async (req, res) => {
  const { fiscal_year: raw, ...rest } = req.query as Record<string, unknown>;
  if (Object.keys(rest).length) throw badRequest(`不明なパラメータです: ${Object.keys(rest).join(', ')}`);
  const year = strictInteger(raw);
  if (year === undefined || year < 2000 || year > 2100) throw badRequest('年度 (fiscal_year) は西暦の年で指定してください');
  res.json({ fiscal_year: year, toilets: await toilets(db, req, year), cases: await cases(db, req), c1: await c1(db, req, year) });
};
