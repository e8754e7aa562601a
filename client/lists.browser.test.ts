import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isImportable } from '../db/interchange';
import { policy } from '../db/policy';
import { resources } from '../db/schema';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession();
  page = await session.newPage();
  await page.setViewportSize({ width: 1366, height: 850 });
  await session.signIn(page, 'admin');
}, 300_000);

afterAll(() => session?.close());

const listed = resources.map((r) => r.name).filter((name) => policy.admin[name]?.actions.includes('read'));

const inView = async (selector: string) => {
  const boxes = await page.locator(selector).evaluateAll((els) => els.map((el) => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { text: (el as HTMLElement).innerText.trim(), left, top, right, bottom };
  }));
  const { width, height } = page.viewportSize()!;
  return boxes.filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height);
};

const openList = async (name: string) => {
  const [{ n }] = await session.server.db(name).count({ n: '*' });
  await page.goto(`${session.server.origin}/#/${name}?filter=%7B%7D`);
  await page.getByText(new RegExp(`全${n}件`)).first().waitFor();
};

describe('lists at 1366×850, a common city PC screen', () => {
  it.each(listed)('keeps the %s toolbar and pagination in view without scrolling the page', async (name) => {
    await openList(name);
    const actions = page.locator('.RaList-actions button, .RaList-actions a');
    expect(await actions.count()).toBeGreaterThan(0);
    if (isImportable(name)) await page.locator('.RaList-actions').getByRole('button', { name: '取り込み' }).waitFor();
    expect(await inView('.RaList-actions button, .RaList-actions a, .RaList-actions input')).toEqual([]);
    expect(await inView('.MuiTablePagination-root, .MuiTablePagination-actions button')).toEqual([]);
    expect(await page.locator('.MuiTablePagination-root').count()).toBe(1);
    const page_ = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(page_).toEqual({ width: 1366, height: 850 });
  });

  it('scrolls the wide task table inside its frame with the task code column fixed on the left', async () => {
    await openList('request_tasks');
    const wrapper = page.locator('.RaDataTable-tableWrapper');
    expect(await wrapper.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const code = page.locator('tbody td.column-task_code').first();
    const before = (await code.boundingBox())!.x;
    await wrapper.evaluate((el) => { el.scrollLeft = 500; });
    await expect.poll(async () => (await page.locator('tbody td.column-title').first().boundingBox())!.x).toBeLessThan(before);
    expect((await code.boundingBox())!.x).toBe(before);
    await page.screenshot({ path: '/tmp/layout-request-tasks-1366.png' });
  });

  it('gives a contractor’s name room on the work order list instead of one character per line', async () => {
    await openList('toilet_work_orders');
    const cell = page.locator('tbody td.column-contractor').filter({ hasText: '株式会社' }).first();
    await cell.scrollIntoViewIfNeeded();
    const box = (await cell.boundingBox())!;
    expect(box.width).toBeGreaterThan(150);
    expect(box.height).toBeLessThan(60);
    expect(await page.locator('thead th.column-planned_conversions').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(50);
  });
});

describe('lists on a phone 390 px wide', () => {
  it('shows the tasks as cards, puts the spreadsheet actions in a menu and never scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.server.origin}/#/request_tasks`);
    await page.getByText('C-001 市政だよりの各戸配布').waitFor();
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.getByRole('button', { name: 'その他の操作' }).click();
    for (const name of ['ダウンロード', '取り込み', 'ビュー']) await page.getByRole('menu').getByRole('button', { name }).waitFor();
    expect(await inView('[role="menu"] button')).toEqual([]);
    await page.screenshot({ path: '/tmp/layout-request-tasks-390.png' });
    await page.keyboard.press('Escape');
    await page.getByText('C-001 市政だよりの各戸配布').click();
    await page.waitForURL(/#\/request_tasks\/\d+/);
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(session.problems).toEqual([]);
  });
});
