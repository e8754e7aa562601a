import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policy } from '../db/policy';
import { resources } from '../db/schema';
import { englishUi, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let server: BrowserSession['server'];
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server, problems } = session);
  page = await session.newPage();
  await session.signIn(page, 'secretariat');
}, 300_000);

afterAll(() => session?.close());

const visibleText = () => page.locator('body').innerText();

describe('the console in Chromium', () => {
  it('opens on the PT dashboard, then lists the request tasks, with Japanese menus and no English react-admin text', async () => {
    await page.goto(server.origin);
    await page.getByRole('heading', { name: 'PTダッシュボード', level: 1 }).waitFor();
    await expect.poll(() => page.locator('[data-figure="total"]').innerText()).toBe('344');
    const nav = page.getByRole('navigation').or(page.locator('.RaSidebar-fixed'));
    for (const group of ['依頼業務', 'トイレ洋式化', '優良事例', 'C-1グランプリ', 'マスタ']) await nav.getByText(group, { exact: true }).first().waitFor();
    expect(await visibleText()).not.toMatch(englishUi);
    await page.goto(`${server.origin}/#/request_tasks`);
    await page.getByText('全344件').first().waitFor();
    expect(await visibleText()).not.toMatch(englishUi);
  });

  it('filters the list by free text and by a choice, narrowing the total each time', async () => {
    const matching = () => server.db('request_tasks').where('search_text', 'like', '%募金%');
    await page.locator('input[name="q"]').fill('募金');
    await page.waitForURL(/%E5%8B%9F%E9%87%91/);
    const [{ n }] = await matching().count({ n: '*' });
    await page.getByText(`全${n}件`).first().waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(Math.min(Number(n), 25));
    await page.getByRole('combobox', { name: '依頼先区分' }).click();
    await page.getByRole('option', { name: '市民センター' }).click();
    const [{ n: centers }] = await matching().where('target_scope', 'center').count({ n: '*' });
    expect(Number(centers)).toBeLessThan(Number(n));
    await page.getByText(`全${centers}件`).first().waitFor();
    expect(await page.locator('tbody').innerText()).not.toContain('地域団体');
  });

  it('edits a task, saves it and finds the change after a reload', async () => {
    const task = await server.db('request_tasks').where('search_text', 'like', '%募金%').orderBy('id').first();
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    const title = page.locator('input[name="title"]');
    await title.fill(`${task.title}（見直し済）`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('更新しました').first().waitFor();
    await expect.poll(async () => (await server.db('request_tasks').where({ id: task.id }).first()).title).toBe(`${task.title}（見直し済）`);
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.reload();
    await expect.poll(() => page.locator('input[name="title"]').inputValue()).toBe(`${task.title}（見直し済）`);
  });

  it.each(resources.map((r) => [r.name, r.readOnly] as const))('shows the %s list, and edit and create pages where they exist, in Japanese', async (name, readOnly) => {
    const [{ n }] = await server.db(name).count({ n: '*' });
    await page.goto(`${server.origin}/#/${name}?filter=%7B%7D`);
    await page.getByText(`全${n}件`).or(page.getByText(`/ 全${n}件`)).first().waitFor();
    expect(await visibleText()).not.toMatch(englishUi);
    if (readOnly || !policy.admin[name]?.actions.includes('update')) return;
    const { id } = await server.db(name).orderBy('id').first('id');
    await page.goto(`${server.origin}/#/${name}/${id}`);
    await page.getByRole('button', { name: '保存' }).waitFor();
    expect(await visibleText()).not.toMatch(englishUi);
    await page.goto(`${server.origin}/#/${name}/create`);
    await page.getByRole('button', { name: '保存' }).waitFor();
    expect(await visibleText()).not.toMatch(englishUi);
  });

  it('produced no console errors and loaded nothing from another origin while browsing and saving', () => {
    expect(problems).toEqual([]);
  });

  it('shows a server validation error on its field and keeps the record', async () => {
    const [task, other] = await server.db('request_tasks').where('target_scope', 'community').orderBy('id').limit(2);
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.locator('input[name="task_code"]').fill(other.task_code);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('同じ値のデータがすでに登録されています').first().waitFor();
    expect((await server.db('request_tasks').where({ id: task.id }).first()).task_code).toBe(task.task_code);
  });
});
