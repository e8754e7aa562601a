import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../db/schema';
import { settled, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);

afterAll(() => session?.close());

/** Chromium's text-size setting (WCAG 1.4.4) changes the root font size, so every rem-sized text doubles while the px layout stays. */
const doubleText = (page: Page) => page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });

const windows = [
  { name: 'in a 768 px window', width: 768, prepare: async () => {} },
  { name: 'with the text at 200%', width: 1400, prepare: doubleText },
];

const nextFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const openAt = async (width: number, prepare: (page: Page) => Promise<void>, hash: string, ready: string) => {
  const page = await session.newPage();
  await page.setViewportSize({ width, height: 900 });
  await session.signIn(page, 'secretariat');
  await page.goto(`${session.server.origin}/#${hash}`);
  await page.locator(ready).first().waitFor();
  await prepare(page);
  await nextFrames(page);
  return page;
};

/** Elements wider than the window that are not inside a scroll container of their own, and how far the page scrolls sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
    const insideScroller = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const sticking = [...document.querySelectorAll('#main-content *, header *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && e.checkVisibility() && !insideScroller(e))
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')} right ${Math.round(e.getBoundingClientRect().right)}`);
    return { pageScroll: document.documentElement.scrollWidth - width, sticking: sticking.slice(0, 5) };
  });

/** Whether the element, scrolled into view, lies wholly inside the window and is the topmost thing at its centre. */
const inView = async (page: Page, selector: string) => {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  return element.evaluate((e) => {
    const box = e.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const inside = box.left >= 0 && box.right <= document.documentElement.clientWidth && box.width > 0;
    return inside && !!hit && (e === hit || e.contains(hit) || hit.contains(e));
  });
};

const rows = 'tbody td.column-task_code, #main-content .MuiList-root > li';

describe.each(windows)('the request-task list and its create form $name', ({ width, prepare }) => {
  it('the list shows its rows and search box with no sideways scrolling of the page outside the table', async () => {
    const page = await openAt(width, prepare, '/request_tasks', rows);
    expect(await sidewaysOverflow(page)).toEqual({ pageScroll: 0, sticking: [] });
    expect([await inView(page, rows), await inView(page, 'input[name="q"]')]).toEqual([true, true]);
  });

  it('the create form shows its first inputs and 保存 with no sideways scrolling', async () => {
    const page = await openAt(width, prepare, '/request_tasks/create', 'input[name="title"]');
    expect(await sidewaysOverflow(page)).toEqual({ pageScroll: 0, sticking: [] });
    const shown = [];
    for (const selector of ['input[name="task_code"]', 'input[name="title"]', 'button[type="submit"]']) shown.push(await inView(page, selector));
    expect(shown).toEqual([true, true, true]);
  });
});

const everyPage = resources.flatMap((r) => [`/${r.name}`, `/${r.name}/create`, `/${r.name}/1/show`, `/${r.name}/1`]);

describe.each(windows)('every page $name', ({ width, prepare }) => {
  it('lists, forms and records of every resource, the home page, the meeting mode, the toilet programme, the casebook and the judging page scroll no part of the page sideways', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width, height: 900 });
    await session.signIn(page, 'admin');
    const found: string[] = [];
    for (const hash of ['/', ...everyPage, '/meeting', '/meeting/1', '/toilet_programme', '/casebook?ids=1,2,3', '/c1_judging']) {
      await page.goto(`${session.server.origin}/#${hash}`);
      await settled(page);
      await prepare(page);
      await nextFrames(page);
      const { pageScroll, sticking } = await sidewaysOverflow(page);
      if (pageScroll > 0 || sticking.length) found.push(`${hash}: ${pageScroll}px ${sticking.join(', ')}`);
    }
    expect(found).toEqual([]);
  }, 600_000);
});
