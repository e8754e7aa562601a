import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../db/schema';
import { settled, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);

afterAll(() => session?.close());

/** What a screen reader's heading and landmark lists would show: rendered headings in order, the main and nav landmarks. */
const outline = (page: Page) =>
  page.evaluate(() => {
    const rendered = (e: Element) => e.checkVisibility() && !e.closest('[aria-hidden="true"]');
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(rendered).map((h) => ({
      level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
      text: (h.textContent ?? '').trim(),
    }));
    const main = document.querySelectorAll('main, [role="main"]').length;
    const navs = [...document.querySelectorAll('nav, [role="navigation"]')];
    const menuInNav = !!document.querySelector('[role="menu"]')?.closest('nav, [role="navigation"]');
    return { headings, main, navs: navs.length, menuInNav };
  });

const problemsOf = ({ headings, main, navs, menuInNav }: Awaited<ReturnType<typeof outline>>) => {
  const found: string[] = [];
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) found.push(`${h1s.length} h1: ${h1s.map((h) => h.text).join(' | ')}`);
  headings.forEach((h, i) => {
    const previous = i === 0 ? 0 : headings[i - 1].level;
    if (h.level > previous + 1) found.push(`h${previous || '-'} → h${h.level} "${h.text}"`);
  });
  if (main !== 1) found.push(`${main} main landmarks`);
  if (navs < 1 || !menuInNav) found.push('the menu is not inside a nav landmark');
  return found;
};

describe('headings and landmarks', () => {
  it('the home page has one h1, no skipped heading level, one main and the menu in a nav', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await settled(page);
    expect(problemsOf(await outline(page))).toEqual([]);
  });

  it("a department contact's home has the same outline", async () => {
    const page = await session.newPage();
    await session.signIn(page, 'dept_contact');
    await page.locator('tbody tr').first().waitFor();
    expect(problemsOf(await outline(page))).toEqual([]);
  });

  const pages = resources.flatMap((r) => ['', '/create', '/1/show', '/1'].map((suffix) => `/${r.name}${suffix}`));

  it('every list, create, show and edit page of every resource has one h1 naming it, no skipped level, one main and a nav', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'admin');
    const found: string[] = [];
    for (const hash of [...pages, '/meeting', '/toilet_programme', '/casebook?ids=1,2,3', '/c1_judging']) {
      await page.goto(`${session.server.origin}/#${hash}`);
      await settled(page);
      await page.waitForFunction(() => (document.querySelector('h1')?.textContent ?? '').trim().length > 0, null, { timeout: 10_000 }).catch(() => undefined);
      const result = await outline(page);
      found.push(...problemsOf(result).map((p) => `${hash}: ${p}`));
      if (!result.headings.some((h) => h.level === 1 && h.text.length > 0)) found.push(`${hash}: the h1 is empty`);
    }
    expect(found).toEqual([]);
  }, 600_000);
});
