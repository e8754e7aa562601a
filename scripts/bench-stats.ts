import type { Knex } from 'knex';
import { figures, type RequestTaskStats } from '../db/figures';
import { requestTaskStats, statsQueries } from '../server/stats';
import { startTestServer, type Session } from '../server/testServer';
import { benchFiscalYear, insertTasks, timings } from './benchScale';

const taskCount = Number(process.env.BENCH_TASKS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const fiscalYear = benchFiscalYear;
const addedIndexes = [
  'request_tasks_stats_index', 'request_tasks_annual_burden_hours_index', 'request_tasks_hours_saved_est_index',
  'request_tasks_effective_from_index', 'request_tasks_pt_session_id_index', 'request_tasks_fiscal_status_effective_index',
  'request_tasks_fiscal_due_index',
];

const median = async (work: () => Promise<unknown>) => (await timings(runs, work)).median;

const listQuery = (filter: object, sort = ['task_code', 'ASC']) =>
  `/request_tasks?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,49]')}&sort=${encodeURIComponent(JSON.stringify(sort))}`;

const get = async (session: Session, path: string) => {
  const res = await session.fetch(path).catch(() => session.fetch(path));
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

const slowest: string[] = [];

const measure = async (db: Knex, session: Session) => {
  const base = { fiscal_year: fiscalYear };
  const where = (q: Knex.QueryBuilder) => q.where(base);
  const stats = statsQueries(db, where, '2026-11-29');
  const answer: RequestTaskStats = await get(session, `/stats/request_tasks?filter=${encodeURIComponent(JSON.stringify(base))}`);
  const links = figures(answer, base);
  const linkTimes: [number, string][] = [];
  for (const f of links) linkTimes.push([await median(() => get(session, listQuery(f.filter))), f.key]);
  linkTimes.sort((a, b) => a[0] - b[0]);
  const named = (key: string) => links.find((f) => f.key === key)!.filter;
  slowest.push(linkTimes.slice(-3).reverse().map(([ms, key]) => `${key} ${ms.toFixed(1)} ms`).join(', '));
  return {
    'baseline: sum(annual_burden_hours) over every task': await median(() => db('request_tasks').sum({ n: 'annual_burden_hours' })),
    'stats query: counts and hours by department × status × scope × decision': await median(() => stats.groups()),
    'stats query: overdue count': await median(() => stats.overdue()),
    'stats query: decided-but-not-in-force count': await median(() => stats.decidedNotInForce()),
    'stats: all queries + department names + roll-ups': await median(() => requestTaskStats(db, where, '2026-11-29')),
    'GET /api/stats/request_tasks (HTTP)': await median(() => get(session, `/stats/request_tasks?filter=${encodeURIComponent(JSON.stringify(base))}`)),
    'list: reviewed community tasks (count + page of 50)': await median(() => get(session, listQuery(named('scope.community.reviewed')))),
    'list: overdue tasks (count + page of 50)': await median(() => get(session, listQuery(named('overdue')))),
    'list: decided, not yet in force (count + page of 50)': await median(() => get(session, listQuery(named('decided_not_in_force')))),
    'list: top burden hours (sorted, page of 50)': await median(() => get(session, listQuery(base, ['annual_burden_hours', 'DESC']))),
    [`list: all ${links.length} dashboard links, median`]: linkTimes[Math.floor(linkTimes.length / 2)][0],
    [`list: all ${links.length} dashboard links, slowest`]: linkTimes.at(-1)![0],
  };
};

const server = await startTestServer({ postgres: process.env.DATABASE_URL });
try {
  const started = performance.now();
  await insertTasks(server.db, taskCount);
  await server.db.raw('analyze');
  const [{ n }] = await server.db('request_tasks').count({ n: '*' });
  console.log(`一時データベースに依頼業務 ${n} 件 (うち令和8年度 ${taskCount + 344} 件) を用意しました (${((performance.now() - started) / 1000).toFixed(1)} 秒)。各値は ${runs} 回の中央値です。`);
  const session = await server.as('secretariat');
  const withIndexes = await measure(server.db, session);
  for (const name of addedIndexes) await server.db.raw(`drop index ${name}`);
  await server.db.raw('analyze');
  const without = await measure(server.db, session);
  const width = Math.max(...Object.keys(withIndexes).map((k) => k.length));
  console.log(`${'query'.padEnd(width)}  with 004_review indexes  without 004_review indexes`);
  for (const [name, ms] of Object.entries(withIndexes)) {
    console.log(`${name.padEnd(width)}  ${`${ms.toFixed(2)} ms`.padStart(16)}  ${`${without[name as keyof typeof without].toFixed(2)} ms`.padStart(19)}`);
  }
  console.log(`slowest dashboard links with / without the 004_review indexes: ${slowest.join(' / ')}`);
} finally {
  await server.close();
}
