import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession();
  page = await session.newPage();
  await session.signIn(page, 'secretariat');
}, 300_000);

afterAll(() => session?.close());

const field = (label: string) => page.locator('.MuiPickersTextField-root').filter({ has: page.getByText(label, { exact: true }) });

describe('dates in Japanese style', () => {
  it('shows a stored date as 2026/08/06 and accepts 2027/02/23 typed on the keyboard, storing 2027-02-23', async () => {
    const order = await session.server.db('toilet_work_orders').whereNotNull('planned_end').orderBy('id').first();
    await page.goto(`${session.server.origin}/#/toilet_work_orders/${order.id}`);
    await page.getByRole('tab', { name: '施工' }).click();
    expect(await page.locator('input[name="planned_start"]').inputValue()).toBe(order.planned_start.replaceAll('-', '/'));
    expect(await page.locator('body').innerText()).not.toMatch(/mm\/dd\/yyyy/i);
    await field('予定終了日').getByRole('spinbutton').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2027/02/23');
    expect(await page.locator('input[name="planned_end"]').inputValue()).toBe('2027/02/23');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('更新しました').first().waitFor();
    await expect.poll(async () => (await session.server.db('toilet_work_orders').where({ id: order.id }).first()).planned_end).toBe('2027-02-23');
  });

  it('picks a date from a calendar headed in Japanese', async () => {
    const order = await session.server.db('toilet_work_orders').whereNull('inspection_date').orderBy('id').first();
    await page.goto(`${session.server.origin}/#/toilet_work_orders/${order.id}`);
    await page.getByRole('tab', { name: '施工' }).click();
    await field('完了検査日').getByRole('button').click();
    const calendar = page.getByRole('dialog');
    await calendar.getByText(/^\d{4}年\d{1,2}月$/).waitFor();
    await calendar.getByRole('gridcell', { name: '15' }).click();
    await expect.poll(() => page.locator('input[name="inspection_date"]').inputValue()).toMatch(/^\d{4}\/\d{2}\/15$/);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('更新しました').first().waitFor();
    await expect.poll(async () => (await session.server.db('toilet_work_orders').where({ id: order.id }).first()).inspection_date).toMatch(/^\d{4}-\d{2}-15$/);
  });

  it('shows dates as 令和 on the read view', async () => {
    const order = await session.server.db('toilet_work_orders').where({ planned_end: '2027-02-23' }).first();
    await page.goto(`${session.server.origin}/#/toilet_work_orders/${order.id}/show`);
    await page.getByText('令和9年2月23日').first().waitFor();
    await page.screenshot({ path: '/tmp/dates-show.png' });
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(session.problems).toEqual([]);
  });
});
