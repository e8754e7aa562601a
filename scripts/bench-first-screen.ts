import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { demoPassword } from '../db/seeds';
import { startTestServer } from '../server/testServer';

const pairs = Number(process.env.BENCH_PAIRS ?? 7);
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-first-screen-'));

const buildConsole = async (outDir: string) =>
  build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const buildBare = async (outDir: string) =>
  build({ configFile: false, root: join(root, 'scripts', 'bench-bare'), plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true } });

/** Runs in the page: the time since navigation start at which the first row's cells are in the DOM, read at the next frame. */
const firstRowProbe = () => {
  (window as unknown as { firstRowAt: Promise<number> }).firstRowAt = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('tbody tr td').length < 4) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
};

const coldFirstRow = async (browser: Browser, origin: string) => {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } });
  await context.request.post(`${origin}/api/auth/login`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' }, data: { username: 'secretariat', password: demoPassword },
  });
  await context.addInitScript(firstRowProbe);
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(`${origin}/#/request_tasks`);
  await page.locator('tbody tr td').nth(3).waitFor();
  const polled = performance.now() - start;
  const inPage = await page.evaluate(() => (window as unknown as { firstRowAt: Promise<number> }).firstRowAt);
  await context.close();
  return { inPage, polled };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const main = async () => {
  const [consoleDir, bareDir] = [join(work, 'console'), join(work, 'bare')];
  await buildConsole(consoleDir);
  await buildBare(bareDir);
  const servers = { console: await startTestServer({ clientDir: consoleDir, postgres: process.env.DATABASE_URL }), bare: await startTestServer({ clientDir: bareDir, postgres: process.env.DATABASE_URL }) };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const times: Record<keyof typeof servers, { inPage: number; polled: number }[]> = { console: [], bare: [] };
  try {
    for (const name of ['console', 'bare'] as const) await coldFirstRow(browser, servers[name].origin);
    for (let i = 0; i < pairs; i++) {
      const order = i % 2 ? (['bare', 'console'] as const) : (['console', 'bare'] as const);
      for (const name of order) times[name].push(await coldFirstRow(browser, servers[name].origin));
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  }
  const report = (key: 'inPage' | 'polled', how: string) => {
    const [c, b] = [median(times.console.map((t) => t[key])), median(times.bare.map((t) => t[key]))];
    console.log(`${how}: console ${c.toFixed(0)} ms, bare react-admin ${b.toFixed(0)} ms, ratio ${(c / b).toFixed(2)}`);
  };
  console.log(`cold first row, median of ${pairs} interleaved pairs`);
  report('inPage', '  first row in the DOM, timed in the page from navigation start');
  report('polled', '  first row found by Playwright polling, timed from goto (coarse: polls up to 500 ms apart)');
};

await main();
