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
    await expect.poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'BIZ UDPGothic' && face.status === 'loaded');
    }), { timeout: 10_000 }).toBe(true);
    const html = await (await fetch(`${session.server.origin}/`)).text();
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const family = await page.locator('tbody td').nth(2).evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.split(',')[0].replace(/"/g, '')).toBe('BIZ UDPGothic');
  });

  it('asks who is signed in once, from the page itself before the app code, then the list page code in few files, and gets the rows compressed', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.goto(`${session.server.origin}/#/request_tasks`);
    await page.locator('tbody tr').first().waitFor();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const list = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/request_tasks');
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    const chunk = requested.findIndex((p) => /\/assets\/RequestTaskList-[\w-]+\.js$/.test(p));
    expect(chunk).toBeGreaterThan(-1);
    expect(requested.filter((p) => p === '/api/auth/me')).toHaveLength(1);
    expect(requested.indexOf('/api/auth/me')).toBeLessThan(requested.findIndex((p) => /\/assets\/vendor-[\w-]+\.js$/.test(p)));
    expect(requested.indexOf('/api/auth/me')).toBeLessThan(chunk);
    expect(requested.filter((p) => p.endsWith('.js')).length).toBeLessThan(30);
    expect((await list).headers()['content-encoding']).toMatch(/^(br|gzip)$/);
  });

  it('asks for the web font only once the rows are drawn and the page has settled', async () => {
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${session.server.origin}/#/request_tasks`);
    await page.locator('tbody tr').first().waitFor();
    await expect.poll(() => requested.some((p) => p.endsWith('.woff2')), { timeout: 10_000 }).toBe(true);
    const font = requested.findIndex((p) => /\/assets\/(400|700)-[\w-]+\.css$/.test(p));
    expect(font).toBeGreaterThan(requested.indexOf('/api/request_tasks'));
    expect(font).toBeGreaterThan(requested.indexOf('/api/departments'));
  });
});
