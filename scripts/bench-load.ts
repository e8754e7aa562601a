import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPostgresUrl } from '../db/connection';
import { demoPassword } from '../db/seeds';
import { benchDatabase } from '../db/testDatabase';
import { rowXml, sheetXml, xlsxOf } from '../server/spreadsheet/zipFixtures';

const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const exportRows = 100_000;
const port = 30_000 + Math.floor(Math.random() * 20_000);
const api = `http://127.0.0.1:${port}/api`;
const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
const xhr = { 'x-requested-with': 'XMLHttpRequest' };

const database = await benchDatabase(join(dir, 'bench.db'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
  env: { ...process.env, PORT: String(port), DATABASE_FILE: join(dir, 'bench.db'), DATABASE_URL: isPostgresUrl(database.location) ? database.location : '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
server.on('exit', (code, signal) => console.error(`server exited: ${code ?? signal}`));
const rssOf = (pid: number | string) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};
const childrenOf = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
const rssMb = () => rssOf(server.pid!) + childrenOf(server.pid!).reduce((sum, child) => sum + rssOf(child), 0);

const up = async () => {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${api}/auth/me`).then((r) => r.status === 401, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
};
const signIn = async (username: string) => {
  const res = await fetch(`${api}/auth/login`, { method: 'POST', headers: { ...xhr, 'content-type': 'application/json' }, body: JSON.stringify({ username, password: demoPassword }) });
  return res.headers.get('set-cookie')!.split(';')[0];
};
const csv = (count: number, prefix: string) =>
  ['局・区役所,課,種別', ...Array.from({ length: count }, (_, i) => `${prefix}局,${prefix}課${i + 1},本庁局`)].join('\r\n');

const importCsv = async (cookie: string, body: string, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([body]), name);
  const res = await fetch(`${api}/departments/import`, { method: 'POST', headers: { ...xhr, cookie }, body: form });
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
};

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

const underLoad = async (label: string, viewer: string, job: () => Promise<void>) => {
  console.error(`… ${label}`);
  const latencies: number[] = [];
  let peak = rssMb();
  let done = false;
  const started = performance.now();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const load = (async () => {
    while (!done) {
      const t = performance.now();
      const res = await fetch(`${api}/request_tasks?sort=${encodeURIComponent('["title","ASC"]')}&range=[0,24]`, { headers: { cookie: viewer } });
      await res.arrayBuffer();
      latencies.push(performance.now() - t);
    }
  })();
  await job();
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await load;
  clearInterval(sampler);
  return { label, seconds, requests: latencies.length, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: Math.max(...latencies), peak };
};

try {
  await up();
  const secretariat = await signIn('secretariat');
  const viewer = await signIn('viewer');
  for (let part = 0, left = exportRows - importRows; left > 0; part++, left -= 40_000) {
    await importCsv(secretariat, csv(Math.min(left, 40_000), `下地${part}`), 'base.csv');
  }
  const idle = await underLoad('no job running (baseline)', viewer, () => new Promise((r) => setTimeout(r, 5000)));
  const body = csv(importRows, 'ベンチ');
  const importing = await underLoad(`import of ${importRows.toLocaleString()} rows (preview + apply)`, viewer, async () => {
    const form = new FormData();
    form.append('file', new Blob([body]), 'bench.csv');
    await (await fetch(`${api}/departments/import?dry_run=1`, { method: 'POST', headers: { ...xhr, cookie: secretariat }, body: form })).arrayBuffer();
    await importCsv(secretariat, body, 'bench.csv');
  });
  const exporting = await underLoad(`export of ${exportRows.toLocaleString()}+ rows (.xlsx)`, viewer, async () => {
    const res = await fetch(`${api}/departments/export?format=xlsx`, { headers: { cookie: secretariat } });
    if (res.status !== 200) throw new Error(`export failed: ${res.status}`);
    await res.arrayBuffer();
  });
  const header = rowXml(1, [['A', '局・区役所'], ['B', '課']]);
  const files = [
    xlsxOf(Buffer.alloc(200 * 1024 * 1024, ' ')),
    xlsxOf(sheetXml([header, ...Array.from({ length: 400_000 }, (_, i) => rowXml(i + 2, [['A', '局'], ['B', `課${i}`]]))])),
    xlsxOf(sheetXml([header, rowXml(2, [['A', 'あ'.repeat(80_000_000)]])]), 1000),
  ];
  const bombs = await underLoad('zip, row and one-cell bombs (all refused)', viewer, async () => {
    for (const file of files) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), 'bomb.xlsx');
      const res = await fetch(`${api}/departments/import?dry_run=1`, { method: 'POST', headers: { ...xhr, cookie: secretariat }, body: form });
      if (res.status < 400 || res.status >= 500) throw new Error(`bomb answered ${res.status}`);
      await res.arrayBuffer();
    }
  });
  const rows = [idle, importing, exporting, bombs];
  console.log(`\nA viewer's list request (25 tasks sorted by title), sequential, while a job runs; RSS of the server and its job processes sampled every 50 ms.`);
  console.log('scenario'.padEnd(44), 'job s'.padStart(7), 'reqs'.padStart(6), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8), 'p95 ×'.padStart(7), 'RSS MB'.padStart(8));
  for (const r of rows) {
    console.log(r.label.padEnd(44), r.seconds.toFixed(1).padStart(7), String(r.requests).padStart(6), r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8), r.max.toFixed(0).padStart(8), (r.p95 / idle.p95).toFixed(1).padStart(7), r.peak.toFixed(0).padStart(8));
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
}
