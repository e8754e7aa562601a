import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Role } from '../db/policy';
import { demoPassword } from '../db/seeds';
import { startTestServer } from '../server/testServer';

export const englishUi = /\b(Filter|Filters|Export|Create|Search|Rows per page|Delete|Save|Edit|Show|Columns|Add filter|No results|List|Dashboard|Loading)\b/;

/** The page has drawn its data: nothing is loading any more and the main region has content. */
export const settled = async (page: Page) => {
  try {
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"]') && (document.getElementById('main-content')?.textContent ?? '').length > 0);
  } catch (error) {
    const state = await page.evaluate(() => ({
      address: location.hash,
      loading: [...document.querySelectorAll('[role="progressbar"]')].map((e) => e.parentElement?.outerHTML.slice(0, 200)),
      main: (document.getElementById('main-content')?.textContent ?? '').slice(0, 200),
    }));
    throw new Error(`the page did not settle: ${JSON.stringify(state)}`, { cause: error });
  }
  await page.waitForTimeout(300);
};

export const startBrowserSession = async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'console-client-'));
  await build({ configFile: join(import.meta.dirname, '..', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await startTestServer({ clientDir: outDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const problems: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith(server.origin) && !r.url().startsWith('data:') && problems.push(`foreign request: ${r.url()}`));
    return page;
  };
  const signIn = async (page: Page, role: Role) => {
    await page.goto(`${server.origin}/#/login`);
    await page.locator('input[name="username"]').fill(role);
    await page.locator('input[name="password"]').fill(demoPassword);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    problems.length = 0;
  };
  return {
    server,
    browser,
    problems,
    newPage,
    signIn,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
};

export type BrowserSession = Awaited<ReturnType<typeof startBrowserSession>>;
