import Database from 'better-sqlite3';
import express from 'express';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, migrate } from '../db/connection';
import { fromRow } from '../db/records';
import { requestTasks } from '../db/schema';
import { demoPassword, seed } from '../db/seeds';
import { createApp } from '../server/app';
import { store, withoutSystemColumns } from '../server/store';

const requests = 600;
const concurrency = 8;
const rounds = 3;
const importRows = 10_000;

const file = join(mkdtempSync(join(tmpdir(), 'bench-api-')), 'bench.db');
const db = connect(file);
await migrate(db);
await seed(db);
const [{ n: tasks }] = await db('request_tasks').count({ n: '*' });
const { category } = await db('request_tasks').first('category');

const listen = async (app: express.Express) => {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

const project = await listen(createApp(db, { clientDir: join(file, 'none') }));
const login = await fetch(`${project.base}/api/auth/login`, {
  method: 'POST',
  headers: { 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'secretariat', password: demoPassword }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0];

const raw = new Database(file, { readonly: true });
const count = raw.prepare('select count(*) as total from request_tasks where category = ?');
const page = raw.prepare('select * from request_tasks where category = ? order by title asc, id asc limit 25 offset 0');
const floorApp = express();
floorApp.get('/api/request_tasks', (req, res) => {
  const filter = JSON.parse(String(req.query.filter)) as { category: string };
  const { total } = count.get(filter.category) as { total: number };
  const rows = page.all(filter.category);
  res.set('Content-Range', `request_tasks 0-${rows.length - 1}/${total}`).json(rows);
});
const floor = await listen(floorApp);

const query = `/api/request_tasks?filter=${encodeURIComponent(JSON.stringify({ category }))}&sort=${encodeURIComponent('["title","ASC"]')}&range=[0,24]`;
const throughput = async (base: string, headers: Record<string, string>) => {
  let left = requests;
  const start = performance.now();
  const worker = async () => {
    while (left-- > 0) {
      const res = await fetch(`${base}${query}`, { headers });
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return requests / ((performance.now() - start) / 1000);
};

const results = { project: [] as number[], floor: [] as number[] };
for (let round = 0; round < rounds; round++) {
  results.project.push(await throughput(project.base, { cookie }));
  results.floor.push(await throughput(floor.base, {}));
}
const best = (list: number[]) => Math.max(...list);

const template = withoutSystemColumns(fromRow(requestTasks, await db('request_tasks').where({ target_scope: 'community' }).first()));
for (const f of ['id', ...(requestTasks.managed ?? [])]) delete template[f];
const records = store(requestTasks);
const who = { actor: (await db('users').where({ login: 'secretariat' }).first('id', 'display_name')) ?? null, ip: '127.0.0.1' };
const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
};
const created = await timed(() => db.transaction(async (trx) => {
  for (let n = 0; n < importRows; n++) {
    await records.create(trx, { ...template, fiscal_year: 2050 + Math.floor(n / 1000), task_code: `C-${String(n % 1000).padStart(3, '0')}`, title: `ベンチマーク ${n}` }, who);
  }
}));
const written = await db('request_tasks').where('fiscal_year', '>=', 2050).select('id', 'version');
const updated = await timed(() => db.transaction(async (trx) => {
  for (const { id, version } of written) await records.update(trx, id, { title: `見直し後 ${id}` }, who, { version });
}));

console.table([
  { 計測: `一覧 API (分類で絞り込み・件名順・25件, ${tasks}件中) req/s`, 本体: best(results.project).toFixed(0), 下限: best(results.floor).toFixed(0), 比: (best(results.floor) / best(results.project)).toFixed(2) },
  { 計測: `取り込みの書き込み: 新規 ${importRows}行 (秒)`, 本体: created.toFixed(2), 下限: '', 比: '' },
  { 計測: `取り込みの書き込み: 更新 ${importRows}行 (秒)`, 本体: updated.toFixed(2), 下限: '', 比: '' },
]);
console.log(`同時 ${concurrency} 接続で ${requests} 件ずつ、本体と下限 (Express + キャッシュした better-sqlite3 文) を交互に ${rounds} 回。最良値。`);

project.server.close();
floor.server.close();
raw.close();
await db.destroy();
