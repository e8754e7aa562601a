import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, migrate } from '../db/connection';
import { fromRow, toRow } from '../db/records';
import { requestTasks } from '../db/schema';
import { demoPassword, seed } from '../db/seeds';
import { createApp } from '../server/app';
import { benchDatabase } from '../db/testDatabase';
import { withoutSystemColumns, type Row } from '../server/store';

const total = 100_000;
const importRows = 10_000;
const years = Array.from({ length: total / 2000 }, (_, i) => 2030 + i);
const mib = (n: number) => (n / 2 ** 20).toFixed(0);

const dir = mkdtempSync(join(tmpdir(), 'bench-spreadsheet-'));
const database = await benchDatabase(join(dir, 'bench.db'));
const db = connect(database.location);
await migrate(db);
await seed(db);

const template = withoutSystemColumns(fromRow(requestTasks, await db('request_tasks').where({ target_scope: 'community' }).first()));
const now = new Date().toISOString();
const taskRow = (year: number, n: number): Row => {
  const center = n >= 1000;
  return {
    ...toRow(requestTasks, {
      ...template, fiscal_year: year, target_scope: center ? 'center' : 'community',
      task_code: `${center ? 'S' : 'C'}-${String(n % 1000).padStart(3, '0')}`, title: `ベンチマーク用依頼業務 ${year}-${n}`, burden_level: (n % 5) + 1,
    }),
    created_at: now, updated_at: now, version: 1,
  };
};
const insertYears = async (trx: typeof db, list: number[]) => {
  for (const year of list) {
    const rows = Array.from({ length: 2000 }, (_, n) => taskRow(year, n));
    for (let i = 0; i < rows.length; i += 200) await trx('request_tasks').insert(rows.slice(i, i + 200));
  }
};
await db.transaction((trx) => insertYears(trx as unknown as typeof db, years));
const [{ n: count }] = await db('request_tasks').count({ n: '*' });

const server = createApp(db, { clientDir: join(dir, 'none') }).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
const xhr = { 'x-requested-with': 'XMLHttpRequest' };
const login = await fetch(`${api}/auth/login`, {
  method: 'POST', headers: { ...xhr, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'secretariat', password: demoPassword }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0];
const get = (path: string) => fetch(`${api}${path}`, { headers: { cookie } });

const results: string[][] = [];
const measure = async (label: string, fn: () => Promise<string>) => {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heap: base.heapUsed };
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heapUsed);
  }, 10);
  const start = performance.now();
  const note = await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  results.push([label, (ms / 1000).toFixed(2), mib(peak.rss), mib(peak.heap), `+${mib(peak.heap - base.heapUsed)}`, note]);
};
const drain = async (res: Response) => {
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  const reader = res.body!.getReader();
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
  return `${mib(bytes)} MiB`;
};
const upload = async (file: Uint8Array, name: string, dryRun: boolean) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${api}/request_tasks/import${dryRun ? '?dry_run=1' : ''}`, { method: 'POST', headers: { cookie, ...xhr }, body: form });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  const { create, update, changed, errors } = body.summary;
  return `新規${create} 照合${update} (うち変更${changed}) 誤り${errors}`;
};

await measure(`基準: JSON 一覧 API を1000件ずつ全件 (${count}件)`, async () => {
  let rows = 0;
  for (let start = 0; ; start += 1000) {
    const page = await (await get(`/request_tasks?sort=${encodeURIComponent('["id","ASC"]')}&range=[${start},${start + 999}]`)).json();
    rows += page.length;
    if (page.length < 1000) return `${rows}件`;
  }
});
await measure(`出力 xlsx 全件 (${count}件)`, async () => drain(await get('/request_tasks/export?format=xlsx')));
await measure(`出力 CSV 全件 (${count}件)`, async () => drain(await get('/request_tasks/export?format=csv')));

const slice = encodeURIComponent(JSON.stringify({ fiscal_year: years.slice(0, importRows / 2000) }));
const exportedCsv = await (await get(`/request_tasks/export?format=csv&filter=${slice}`)).text();
const changedCsv = Buffer.from(exportedCsv.replace(/ベンチマーク用依頼業務/g, '見直し後の依頼業務'));
const exportedXlsx = new Uint8Array(await (await get(`/request_tasks/export?format=xlsx&filter=${slice}`)).arrayBuffer());

await measure(`基準: ${importRows}件の素の INSERT (検証・監査なし, ロールバック)`, async () => {
  await db.transaction(async (trx) => {
    await insertYears(trx as unknown as typeof db, years.map((y) => y + 50).slice(0, importRows / 2000));
    await trx.rollback();
  }).catch(() => undefined);
  return `${importRows}件`;
});
await measure(`取り込み xlsx 確認のみ (${importRows}行, 変更なし)`, () => upload(exportedXlsx, 'bench.xlsx', true));
await measure(`取り込み CSV 確認のみ (${importRows}行, 全行変更)`, () => upload(changedCsv, 'bench.csv', true));
await measure(`取り込み CSV 反映 (${importRows}行, 全行変更, 1トランザクション)`, () => upload(changedCsv, 'bench.csv', false));

console.log(`依頼業務 ${count}件、Node ${process.version}、計測時の RSS/ヒープは同一プロセス (サーバー+計測クライアント) の最大値`);
console.log(['処理', '秒', '最大RSS MiB', '最大ヒープ MiB', 'ヒープ増分 MiB', '結果'].join('\t'));
for (const row of results) console.log(row.join('\t'));

await new Promise((resolve) => server.close(resolve));
await db.destroy();
await database.drop();
rmSync(dir, { recursive: true, force: true });
