import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../db/schema';
import { settled, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);

afterAll(() => session?.close());

const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
};

/** Waits up to 60 s for a page, not Playwright's 30: this file starts while the other browser files build the app. */
const signedIn = async (hash: string, ready: (page: Page) => Promise<unknown>) => {
  const page = await session.newPage();
  page.setDefaultTimeout(60_000);
  await session.signIn(page, 'secretariat');
  await page.goto(`${session.server.origin}/#${hash}`);
  await ready(page);
  return page;
};

describe('no serious or critical axe violations', { timeout: 120_000 }, () => {
  it('on the login page', async () => {
    const page = await session.newPage();
    await page.goto(`${session.server.origin}/#/login`);
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('on the home page', async () => {
    const page = await signedIn('/', (p) => p.getByRole('heading', { level: 1 }).first().waitFor());
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('on the request-task list with its rows shown', async () => {
    const page = await signedIn('/request_tasks', (p) => p.locator('tbody tr').nth(5).waitFor());
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('on the toilet programme page with its figures shown', async () => {
    const page = await signedIn('/toilet_programme', (p) => p.locator('tr[data-center]').nth(5).waitFor());
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('on the toilet programme schedule', async () => {
    const page = await signedIn('/toilet_programme', async (p) => {
      await p.getByRole('tab', { name: '工程表' }).click();
      await p.locator('tr[data-order]').nth(3).waitFor();
    });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("on the toilet programme's next-year candidates", async () => {
    const page = await signedIn('/toilet_programme', async (p) => {
      await p.getByRole('tab', { name: '来年度の候補' }).click();
      await p.locator('tr[data-candidate]').nth(3).waitFor();
    });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("on the C-1 ranking of a finished round and on a judge's scoring sheet", async () => {
    const { db } = session.server;
    const finished = await db('c1_rounds').where({ status: 'finalized', kind: 'final' }).first('id');
    const ranking = await signedIn(`/c1_ranking/${finished.id}`, (p) => p.getByRole('table').locator('tbody tr').nth(3).waitFor());
    const found = await seriousViolations(ranking);
    const scoring = await db('c1_rounds').where({ status: 'scoring' }).first('id');
    const page = await session.newPage();
    await session.signIn(page, 'judge');
    await page.goto(`${session.server.origin}/#/c1_scoring/${scoring.id}`);
    await page.getByRole('radiogroup').first().waitFor();
    expect([...found, ...(await seriousViolations(page))]).toEqual([]);
  });

  it('on the request-task create page', async () => {
    const page = await signedIn('/request_tasks/create', (p) => p.getByRole('button', { name: '保存' }).first().waitFor());
    expect(await seriousViolations(page)).toEqual([]);
  });

  const pages = resources.flatMap((r) => ['', '/create', '/1/show', '/1'].map((suffix) => `/${r.name}${suffix}`));

  it('on every list, create, show and edit page of every resource, and in the meeting mode', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'admin');
    const found: string[] = [];
    for (const hash of [...pages, '/meeting', '/meeting/1', '/casebook?ids=1,2,3,4,5,6,7,8,9,10', '/c1_judging']) {
      await page.goto(`${session.server.origin}/#${hash}`);
      await settled(page);
      found.push(...(await seriousViolations(page)).map((v) => `${hash}: ${v}`));
    }
    expect(found).toEqual([]);
  }, 600_000);

  it("with a case's attachment editor and photo lightbox open", async () => {
    const photo = await session.server.db('attachments').where({ kind: 'photo' }).orderBy('id').first();
    const page = await signedIn(`/practice_cases/${photo.record_id}/show`, (p) => p.getByRole('button', { name: /を拡大表示$/ }).first().waitFor());
    const found = [...(await seriousViolations(page))];
    await page.getByRole('button', { name: /^説明を編集: / }).first().click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await seriousViolations(page)));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /を拡大表示$/ }).first().click();
    await page.getByRole('dialog').getByRole('img').waitFor();
    found.push(...(await seriousViolations(page)));
    expect(found).toEqual([]);
  });

  it('with the move dialog and the delete confirmation open', async () => {
    const task = await session.server.db('request_tasks').where({ status: 'not_started' }).orderBy('id').first('id');
    const page = await signedIn(`/request_tasks/${task.id}/show`, (p) => p.getByRole('button', { name: '所管課に照会する' }).waitFor());
    await page.getByRole('button', { name: '所管課に照会する' }).click();
    await page.getByRole('dialog').waitFor();
    const move = await seriousViolations(page);
    await page.goto(`${session.server.origin}/#/pt_sessions/1`);
    await settled(page);
    await page.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog').waitFor();
    expect([...move, ...(await seriousViolations(page))]).toEqual([]);
  });
});
