import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);
afterAll(() => session?.close());

const percent = (western: number, total: number) => `${(Math.round((1000 * western) / total) / 10).toFixed(1)}%`;
const stalls = async (centerId?: number) => {
  const q = session.server.db('toilet_inventories');
  if (centerId) q.where({ citizen_center_id: centerId });
  const row = await q.sum({ w: 'western_count', s: 'squat_count' }).first();
  return { western: Number(row!.w), total: Number(row!.w) + Number(row!.s) };
};
const cityRatio = (page: Page) => page.locator('[data-figure="city.ratio"]').innerText();

describe('the toilet programme in the browser', () => {
  it('completes a work order through its move button; the centre and city 洋式化率 follow; the schedule opens', async () => {
    const { db, origin } = session.server;
    const order = await db('toilet_work_orders').where({ status: 'inspected' }).orderBy('id').first();
    const center = await db('citizen_centers').where({ id: order.citizen_center_id }).first();
    const [before, cityBefore] = [await stalls(center.id), await stalls()];
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');

    await page.goto(`${origin}/#/toilet_programme`);
    const row = page.locator(`tr[data-center="${center.name}"]`);
    await expect.poll(() => row.locator('[data-figure="ratio"]').innerText()).toBe(percent(before.western, before.total));
    expect(await cityRatio(page)).toBe(percent(cityBefore.western, cityBefore.total));

    await page.goto(`${origin}/#/toilet_work_orders/${order.id}/show`);
    await page.getByRole('button', { name: '完了にする' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '「完了」に変更' }).click();
    await page.getByText(`${order.order_no} の状態を変更しました`).waitFor();
    await expect.poll(async () => (await db('toilet_work_orders').where({ id: order.id }).first()).status).toBe('completed');
    await page.getByText('完了検査済 → 完了').waitFor();

    const [after, cityAfter] = [await stalls(center.id), await stalls()];
    expect(after.western).toBe(before.western + order.planned_conversions);
    await page.goto(`${origin}/#/toilet_programme`);
    await expect.poll(() => row.locator('[data-figure="ratio"]').innerText()).toBe(percent(after.western, after.total));
    expect(await cityRatio(page)).toBe(percent(cityAfter.western, cityAfter.total));
    expect(await cityRatio(page)).not.toBe(percent(cityBefore.western, cityBefore.total));

    await page.getByRole('tab', { name: '工程表' }).click();
    await page.locator(`tr[data-order="${order.order_no}"]`).waitFor();
    expect(await page.locator(`tr[data-closure="${center.name}"] td`).nth(1).innerText()).toBe(String(order.closure_days));
    const delayed = await db('toilet_work_orders').where({ fiscal_year: order.fiscal_year }).whereRaw('actual_end > planned_end').first('order_no');
    expect(await page.locator(`tr[data-order="${delayed.order_no}"]`).getAttribute('data-delayed')).toBe('true');
    await page.getByRole('checkbox', { name: '遅延のみ' }).check();
    await expect.poll(() => page.locator('tr[data-delayed="false"]').count()).toBe(0);
    expect(session.problems).toEqual([]);
  });

  it("turns two of next year's candidates into planned work orders", async () => {
    const { db, origin } = session.server;
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.goto(`${origin}/#/toilet_programme`);
    await page.getByRole('tab', { name: '来年度の候補' }).click();
    const rows = page.locator('tr[data-candidate]');
    await rows.nth(1).waitFor();
    const names = [await rows.nth(0).getAttribute('data-candidate'), await rows.nth(1).getAttribute('data-candidate')];
    for (const name of names) await page.getByRole('checkbox', { name: `${name}を選ぶ` }).check();
    await page.getByRole('button', { name: /選んだ2件を令和\d+年度の工事として作成/ }).click();
    await page.getByText('2件の工事を作成しました').waitFor();
    const created = await db('toilet_work_orders as o').join('citizen_centers as c', 'c.id', 'o.citizen_center_id').whereIn('c.name', names as string[]).where('o.status', 'planned').select('o.order_no');
    expect(created).toHaveLength(2);
    await expect.poll(() => page.locator(`tr[data-candidate="${names[0]}"]`).count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
