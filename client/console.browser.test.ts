import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/testServer';

const englishUi = /\b(Filter|Filters|Export|Create|Search|Rows per page|Delete|Save|Edit|Show|Columns|Add filter|No results|List|Dashboard|Loading)\b/;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const outDir = mkdtempSync(join(tmpdir(), 'console-client-'));

beforeAll(async () => {
  await build({ configFile: join(import.meta.dirname, '..', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await startTestServer({ clientDir: outDir });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(server.origin) && !r.url().startsWith('data:') && problems.push(`foreign request: ${r.url()}`));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const visibleText = () => page.locator('body').innerText();

describe('the console in Chromium', () => {
  it('opens on the request task list with Japanese menus and no English react-admin text', async () => {
    await page.goto(server.origin);
    await page.waitForURL(/#\/request_tasks/);
    const nav = page.getByRole('navigation').or(page.locator('.RaSidebar-fixed'));
    for (const group of ['依頼業務', 'トイレ洋式化', '優良事例', 'C-1グランプリ', 'マスタ']) await nav.getByText(group, { exact: true }).first().waitFor();
    await page.getByText('全344件').first().waitFor();
    expect(await visibleText()).not.toMatch(englishUi);
  });

  it('filters the list by free text and narrows the total', async () => {
    await page.getByPlaceholder('検索').or(page.locator('input[name="q"]')).first().fill('募金');
    await page.waitForURL(/%E5%8B%9F%E9%87%91/);
    const [{ n }] = await server.db('request_tasks').where('search_text', 'like', '%募金%').count({ n: '*' });
    await page.getByText(`全${n}件`).first().waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(Math.min(Number(n), 25));
  });

  it('edits a task, saves it and finds the change after a reload', async () => {
    const task = await server.db('request_tasks').where('search_text', 'like', '%募金%').orderBy('id').first();
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    const title = page.locator('input[name="title"]');
    await title.fill(`${task.title}（見直し済）`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('更新しました').first().waitFor();
    await expect.poll(async () => (await server.db('request_tasks').where({ id: task.id }).first()).title).toBe(`${task.title}（見直し済）`);
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.reload();
    await expect.poll(() => page.locator('input[name="title"]').inputValue()).toBe(`${task.title}（見直し済）`);
  });

  it('shows server validation errors on the field and keeps the record', async () => {
    const task = await server.db('request_tasks').orderBy('id').first();
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.locator('input[name="title"]').fill('');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('入力してください').first().waitFor();
    expect((await server.db('request_tasks').where({ id: task.id }).first()).title).toBe(task.title);
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(problems).toEqual([]);
  });
});
