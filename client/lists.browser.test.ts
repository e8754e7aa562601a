import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isImportable } from '../db/interchange';
import { policy } from '../db/policy';
import { titleOf } from '../db/records';
import { departments, resources } from '../db/schema';
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

const inView = async (page: Page, selector: string) => {
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
    expect(await inView(page, '.RaList-actions button, .RaList-actions a, .RaList-actions input')).toEqual([]);
    expect(await inView(page, '.MuiTablePagination-root, .MuiTablePagination-actions button')).toEqual([]);
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

describe('list filters', () => {
  let fresh: Page;
  beforeAll(async () => {
    fresh = await session.newPage();
    await session.signIn(fresh, 'secretariat');
  });

  it('opens the C-1 entries on the latest edition, with the edition filter readable in full', async () => {
    const latest = await session.server.db('c1_editions').orderBy('edition_no', 'desc').first();
    const [{ n }] = await session.server.db('c1_entries').where({ edition_id: latest.id }).count({ n: '*' });
    await fresh.goto(`${session.server.origin}/#/c1_entries`);
    await fresh.getByText(`全${n}件`).first().waitFor();
    const edition = fresh.getByRole('combobox', { name: '開催回' });
    expect(await edition.inputValue()).toBe(latest.name);
    expect(await edition.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  it('offers 実施月 in fiscal-year order and 所管課 in the organisation’s order', async () => {
    await fresh.goto(`${session.server.origin}/#/request_tasks?displayedFilters=${encodeURIComponent('{"months":true,"requesting_department_id":true}')}`);
    await fresh.getByRole('combobox', { name: '実施月' }).click();
    expect((await fresh.getByRole('option').allInnerTexts()).map((t) => t.trim())).toEqual(
      ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'],
    );
    await fresh.keyboard.press('Escape');
    await fresh.getByRole('combobox', { name: '依頼元所管課' }).click();
    const offered = (await fresh.getByRole('option').allInnerTexts()).map((t) => t.trim());
    const ordered = await session.server.db('departments').orderBy('sort_order').limit(offered.length).select('bureau', 'section');
    expect(offered).toEqual(ordered.map((d) => `${d.bureau} ${d.section}`));
    expect(offered[0]).toMatch(/局/);
    expect(offered.indexOf('門司区役所 総務企画課')).toBeLessThan(offered.indexOf('北九州市社会福祉協議会 地域福祉部'));
  });

  it('sends no search while the IME is composing 募金, and one search once it is committed', async () => {
    await fresh.goto(`${session.server.origin}/#/request_tasks`);
    await fresh.getByText('全344件').first().waitFor();
    const searched: string[] = [];
    fresh.on('request', (r) => {
      const url = new URL(r.url());
      const filter = url.pathname === '/api/request_tasks' && url.searchParams.get('filter');
      if (filter && JSON.parse(filter).q) searched.push(JSON.parse(filter).q);
    });
    await fresh.locator('input[name="q"]').click();
    const cdp = await fresh.context().newCDPSession(fresh);
    for (const kana of ['ぼ', 'ぼき', 'ぼきん']) {
      await cdp.send('Input.imeSetComposition', { text: kana, selectionStart: kana.length, selectionEnd: kana.length });
      await fresh.waitForTimeout(800);
    }
    expect(searched).toEqual([]);
    await cdp.send('Input.insertText', { text: '募金' });
    const [{ n }] = await session.server.db('request_tasks').where({ fiscal_year: 2026 }).where('search_text', 'like', '%募金%').count({ n: '*' });
    await fresh.getByText(`全${n}件`).first().waitFor();
    expect(await fresh.locator('input[name="q"]').inputValue()).toBe('募金');
    expect(searched).toEqual(['募金']);
  });
});

describe('referenced records in list cells', () => {
  it('are named from one request per referenced table for the whole page, and link to their record where the column links', async () => {
    const byId: string[] = [];
    const fresh = await session.newPage();
    fresh.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/departments' && url.searchParams.get('filter')?.startsWith('{"id"')) byId.push(url.search);
    });
    await session.signIn(fresh, 'secretariat');
    await fresh.goto(`${session.server.origin}/#/request_tasks`);
    const cells = fresh.locator('tbody td.column-requesting_department_id');
    await cells.nth(10).getByText(/./).waitFor();
    const { db } = session.server;
    const codes = await fresh.locator('tbody td.column-task_code').allInnerTexts();
    const names = await db('request_tasks').join('departments', 'departments.id', 'request_tasks.requesting_department_id')
      .where('request_tasks.fiscal_year', 2026).whereIn('task_code', codes).select('task_code', 'departments.*');
    const expected = codes.map((code) => titleOf(departments, names.find((n) => n.task_code === code)));
    expect(await cells.allInnerTexts()).toEqual(expected);
    expect(byId).toHaveLength(1);

    await fresh.goto(`${session.server.origin}/#/practice_adoptions`);
    const link = fresh.locator('tbody td.column-practice_case_id a').first();
    const title = await link.innerText();
    await link.click();
    await fresh.waitForURL(/#\/practice_cases\/\d+\/show$/);
    await fresh.getByText(title).first().waitFor();
  });
});

describe('lists on a phone 390 px wide', () => {
  it('shows the tasks as cards, puts the spreadsheet actions in a menu and never scrolls sideways', async () => {
    const phone = await session.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await session.signIn(phone, 'secretariat');
    await phone.goto(`${session.server.origin}/#/request_tasks`);
    await phone.getByText('C-001 市政だよりの各戸配布').waitFor();
    expect(await phone.locator('table').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await phone.getByRole('button', { name: 'その他の操作' }).click();
    for (const name of ['ダウンロード', '取り込み', 'ビュー']) await phone.getByRole('menu').getByRole('button', { name }).waitFor();
    expect(await inView(phone, '[role="menu"] button')).toEqual([]);
    await phone.screenshot({ path: '/tmp/layout-request-tasks-390.png' });
    await phone.keyboard.press('Escape');
    await phone.getByText('C-001 市政だよりの各戸配布').click();
    await phone.waitForURL(/#\/request_tasks\/\d+/);
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(session.problems).toEqual([]);
  });
});
