import { normalizeSearch } from '../db/search';
import { startTestServer } from '../server/testServer';
import { timings } from './benchScale';

const copies = Number(process.env.BENCH_COPIES ?? 290);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const terms = ['紙', '募金', '防災', '赤い羽根', '市民センター', '広報課', '募金 配布'];

const server = await startTestServer({ postgres: process.env.DATABASE_URL });
try {
  const seeded = await server.db('request_tasks').select();
  await server.db.transaction(async (trx) => {
    for (let copy = 1; copy < copies; copy++) {
      const rows = seeded.map(({ id: _, ...t }) => ({ ...t, fiscal_year: 2100 + copy }));
      for (let i = 0; i < rows.length; i += 100) await trx('request_tasks').insert(rows.slice(i, i + 100));
    }
  });
  await server.db.raw('analyze');
  const [{ n }] = await server.db('request_tasks').count({ n: '*' });
  const session = await server.as('secretariat');
  const like = (q: string) => () => {
    const words = normalizeSearch(q).split(/\s+/);
    const query = server.db('request_tasks').where((w) => words.forEach((t) => w.where('search_text', 'like', `%${t}%`)));
    return Promise.all([query.clone().count({ n: '*' }), query.clone().orderBy('id').limit(25)]);
  };
  const api = (q: string) => async () => {
    const path = `/request_tasks?filter=${encodeURIComponent(JSON.stringify({ q }))}&range=[0,24]`;
    const res = await session.fetch(path).catch(() => session.fetch(path));
    return [res.headers.get('content-range'), await res.json()];
  };
  console.log(`依頼業務 ${n} 件、各 ${runs} 回。基準: search_text への素の LIKE (件数 + 25件、HTTP なし)。本体: GET /api/request_tasks?filter={q} (件数 + 25件、HTTP、区分名・所管課名も検索)。`);
  console.log(['q'.padEnd(12), 'hits'.padStart(7), 'LIKE median', 'LIKE p95', 'API median', 'API p95', 'p95 ratio'].join('  '));
  for (const q of terms) {
    const base = await timings(runs, like(q));
    const ours = await timings(runs, api(q));
    const [range] = (await api(q)()) as [string];
    const cells = [base.median, base.p95, ours.median, ours.p95].map((ms) => `${ms.toFixed(1)} ms`.padStart(10));
    console.log([q.padEnd(12), range.split('/')[1].padStart(7), ...cells, (ours.p95 / base.p95).toFixed(2).padStart(9)].join('  '));
  }
} finally {
  await server.close();
}
