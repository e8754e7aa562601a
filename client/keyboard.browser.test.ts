import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thisFiscalYear } from './src/common/fiscalYear';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);

afterAll(() => session?.close());

type Stop = { what: string; ring: boolean; matches: boolean };
/** A CSS selector, or a selector and the element's exact text. */
type Target = string | [string, string];

/** The focused element, and whether it (or the field or control box drawn around it) draws an outline of at least 2 px. */
const focused = (page: Page, target: Target) =>
  page.evaluate(async ([selector, text]): Promise<Stop> => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const el = document.activeElement as HTMLElement;
    const drawn = (e: Element | null) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    };
    const ring = [el, el.closest('.MuiInputBase-root, .MuiPickersInputBase-root'), el.closest('.Mui-focusVisible')].some(drawn);
    const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? (el.textContent ?? '').trim().slice(0, 30);
    return { what: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${name}"`, ring, matches: el.matches(selector) && (!text || (el.textContent ?? '').trim() === text) };
  }, typeof target === 'string' ? [target, ''] : target);

/** Presses Tab (or Shift+Tab) until the focus is on `selector`, noting every stop on the way whose focus cannot be seen. */
const tabTo = async (page: Page, target: Target, unseen: string[], key = 'Tab') => {
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press(key);
    const stop = await focused(page, target);
    if (!stop.ring) unseen.push(stop.what);
    if (stop.matches) return stop;
  }
  throw new Error(`${String(target)} is not reachable with ${key}`);
};

const openTask = async () =>
  session.server.db('request_tasks').where({ status: 'not_started', fiscal_year: thisFiscalYear() }).orderBy('id').first('id', 'task_code', 'title');

const showPage = (id: number) => `#/request_tasks/${id}/show`;

/** A task not started yet, on its show page in a signed-in secretariat window. */
const openTaskPage = async () => {
  const task = await openTask();
  const page = await session.newPage();
  await session.signIn(page, 'secretariat');
  await page.goto(`${session.server.origin}/${showPage(task.id)}`);
  await page.getByRole('button', { name: '所管課に照会する' }).waitFor();
  return { task, page };
};

describe('the daily work with the keyboard alone, the focus always visible', () => {
  it('from the request-task list Tab reaches the menu, the search box, the create button and a row, and Enter on the row opens the record, from which Shift+Tab leads back to the menu', async () => {
    const task = await openTask();
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.goto(`${session.server.origin}/#/request_tasks`);
    await page.locator('tbody tr').nth(3).waitFor();
    const unseen: string[] = [];
    await tabTo(page, 'nav [role="menuitem"]', unseen);
    await tabTo(page, 'input[name="q"]', unseen);
    await page.keyboard.type(task.task_code);
    await page.locator('tbody tr').filter({ hasText: task.title }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await tabTo(page, 'a[href$="#/request_tasks/create"]', unseen);
    await tabTo(page, 'tbody tr', unseen);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === showPage(task.id));
    await page.getByRole('button', { name: '所管課に照会する' }).waitFor();
    await tabTo(page, 'nav a[href$="#/request_tasks"]', unseen, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#/request_tasks');
    expect(unseen).toEqual([]);
  });

  it("Tab goes through a task's edit form to 保存, and Enter there saves the change", async () => {
    const { task, page } = await openTaskPage();
    const unseen: string[] = [];
    await tabTo(page, `a[href$="#/request_tasks/${task.id}"]`, unseen);
    await page.keyboard.press('Enter');
    await page.locator('input[name="title"]').waitFor();
    await tabTo(page, 'input[name="task_code"]', unseen);
    await tabTo(page, 'input[name="title"]', unseen);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`${task.title}（キーボード）`);
    await tabTo(page, 'button[type="submit"]', unseen);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === showPage(task.id));
    const saved = await session.server.db('request_tasks').where({ id: task.id }).first('title');
    expect(saved.title).toBe(`${task.title}（キーボード）`);
    expect(unseen).toEqual([]);
  });

  it('Space opens the move dialog with the focus inside it, and Escape closes it with the focus back on its button', async () => {
    const { page } = await openTaskPage();
    const unseen: string[] = [];
    const opener: Target = ['button', '所管課に照会する'];
    await tabTo(page, opener, unseen);
    await page.keyboard.press('Space');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.MuiDialog-root'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await tabTo(page, '[role="dialog"] button[type="submit"]', unseen);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const back = await focused(page, opener);
    expect([back.matches, back.ring]).toEqual([true, true]);
    expect(unseen).toEqual([]);
  });

  it('Enter on 削除 opens the delete confirmation, and Escape closes it with the focus back on 削除', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.goto(`${session.server.origin}/#/pt_sessions/1`);
    await page.getByRole('button', { name: '削除' }).waitFor();
    const unseen: string[] = [];
    const remove: Target = ['button', '削除'];
    await tabTo(page, remove, unseen);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('.MuiDialog-root'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const back = await focused(page, remove);
    expect([back.matches, back.ring]).toEqual([true, true]);
    expect(unseen).toEqual([]);
  });
});
