import express from 'express';
import type { Knex } from 'knex';
import { enums, requestTasks } from '../db/schema';
import { decidedStates } from '../db/workflows/requestTasks';
import { access } from './access';
import { todayInTokyo } from './clock';
import { badRequest } from './errors';
import { programmeStats } from './programmeStats';
import { parseListQuery } from './query';

type Where = (q: Knex.QueryBuilder) => void;
type Num = string | number | null;
type Group = {
  requesting_department_id: number; status: string; target_scope: string; decision: string | null; count: Num; burden: Num; saved: Num;
};

const groupColumns = ['requesting_department_id', 'status', 'target_scope', 'decision'];

export const statsQueries = (db: Knex, where: Where, today: string) => {
  const tasks = () => db(requestTasks.name).modify(where);
  const count = async (q: Knex.QueryBuilder) => Number((await q.count({ n: '*' }).first())?.n ?? 0);
  return {
    groups: (): Promise<Group[]> => tasks().select(groupColumns).count({ count: '*' })
      .sum({ burden: 'annual_burden_hours', saved: 'hours_saved_est' }).groupBy(groupColumns),
    overdue: () => count(tasks().where('next_action_due', '<', today)),
    decidedNotInForce: () => count(tasks().whereIn('status', decidedStates).where('effective_from', '>', today)),
  };
};

const n = (v: Num) => Number(v ?? 0);
const round1 = (v: number) => Math.round(v * 10) / 10;
/** Groups come in whatever order the database gives; the answer lists codes in the order of their enum. */
const inOrder = <T>(codes: readonly string[], rows: [string, T][]) => rows.sort(([a], [b]) => codes.indexOf(a) - codes.indexOf(b));

const isDecided = (g: Group) => decidedStates.includes(g.status as never);

const tally = <K extends string>(groups: Group[], keyOf: (g: Group) => K | null, fields: Record<string, (g: Group) => number>) => {
  const totals = new Map<K, Record<string, number>>();
  for (const g of groups) {
    const key = keyOf(g);
    if (key === null) continue;
    const row = totals.get(key) ?? Object.fromEntries(Object.keys(fields).map((f) => [f, 0]));
    for (const [f, pick] of Object.entries(fields)) row[f] = round1(row[f] + pick(g));
    totals.set(key, row);
  }
  return totals;
};

const byBureau = (groups: Group[], bureauOf: Map<number, string>) =>
  [...tally(groups, (g) => bureauOf.get(g.requesting_department_id)!, { total: (g) => n(g.count), hours_saved: (g) => (isDecided(g) ? n(g.saved) : 0) })]
    .map(([bureau, { total, hours_saved }]) => {
      const mine = groups.filter((g) => bureauOf.get(g.requesting_department_id) === bureau);
      const byStatus = inOrder(enums.task_status, [...tally(mine, (g) => g.status, { count: (g) => n(g.count) })]);
      return {
        bureau, department_ids: [...new Set(mine.map((g) => g.requesting_department_id))].sort((a, b) => a - b), total, hours_saved,
        by_status: Object.fromEntries(byStatus.map(([status, { count }]) => [status, count])),
      };
    })
    .sort((a, b) => b.total - a.total || a.bureau.localeCompare(b.bureau, 'ja'));

export const requestTaskStats = async (db: Knex, where: Where, today = todayInTokyo()) => {
  const q = statsQueries(db, where, today);
  const [groups, overdue, decidedNotInForce] = await Promise.all([q.groups(), q.overdue(), q.decidedNotInForce()]);
  const ids = [...new Set(groups.map((g) => g.requesting_department_id))];
  const departments: { id: number; bureau: string }[] = ids.length ? await db('departments').whereIn('id', ids).select('id', 'bureau') : [];
  const sum = (pick: (g: Group) => Num, only = (_: Group) => true) => round1(groups.filter(only).reduce((s, g) => s + n(pick(g)), 0));
  const count = { count: (g: Group) => n(g.count) };
  return {
    today,
    total: sum((g) => g.count),
    annual_burden_hours_total: sum((g) => g.burden),
    hours_saved_total: sum((g) => g.saved, isDecided),
    overdue,
    decided_not_in_force: decidedNotInForce,
    by_scope: inOrder(enums.target_scope, [...tally(groups, (g) => g.target_scope, { total: (g) => n(g.count), reviewed: (g) => (isDecided(g) ? n(g.count) : 0) })])
      .map(([target_scope, t]) => ({ target_scope, total: t.total, reviewed: t.reviewed })),
    by_status: inOrder(enums.task_status, [...tally(groups, (g) => g.status, count)]).map(([status, t]) => ({ status, count: t.count })),
    by_decision: inOrder(enums.decision, [...tally(groups.filter(isDecided), (g) => g.decision, { ...count, hours_saved: (g) => n(g.saved) })])
      .map(([decision, t]) => ({ decision, count: t.count, hours_saved: t.hours_saved })),
    by_bureau: byBureau(groups, new Map(departments.map((d) => [d.id, d.bureau]))),
  };
};

export const statsRoutes = (db: Knex) => {
  const router = express.Router();
  router.get('/request_tasks', async (req, res) => {
    const can = access(req, requestTasks.name);
    can.require('read');
    const query = req.query as Record<string, unknown>;
    const unknown = Object.keys(query).filter((k) => k !== 'filter');
    if (unknown.length) throw badRequest(`不明なパラメータです: ${unknown.join(', ')}`);
    const { where, fields } = parseListQuery(requestTasks, query);
    can.requireReadable(fields.filter((f) => f !== 'id'));
    res.json(await requestTaskStats(db, (q) => q.modify(can.scope).modify(where)));
  });
  router.get('/programmes', programmeStats(db));
  return router;
};
