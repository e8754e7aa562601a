import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);

afterAll(() => session?.close());

describe('the first screen', () => {
  it('links no render-blocking stylesheet, and shows the rows in self-hosted BIZ UDPGothic', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.goto(`${session.server.origin}/#/request_tasks`);
    await page.locator('tbody tr').first().waitFor();
    await page.screenshot({ path: '/tmp/first-screen.png' });
    expect(await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'BIZ UDPGothic' && face.status === 'loaded');
    })).toBe(true);
    const html = await (await fetch(`${session.server.origin}/`)).text();
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const family = await page.locator('tbody td').nth(2).evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.split(',')[0].replace(/"/g, '')).toBe('BIZ UDPGothic');
  });
});
