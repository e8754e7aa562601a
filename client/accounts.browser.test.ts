import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyFields } from '../db/policy';
import { englishUi, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let server: BrowserSession['server'];

beforeAll(async () => {
  session = await startBrowserSession();
  server = session.server;
}, 300_000);
afterAll(() => session?.close());

const menuText = (page: Page) => page.locator('.RaSidebar-fixed').innerText();

describe('signing in', () => {
  it('shows a Japanese login page and a Japanese error for a wrong password', async () => {
    const page = await session.newPage();
    await page.goto(`${server.origin}/#/request_tasks`);
    await page.waitForURL(/#\/login/);
    await page.locator('input[name="username"]').fill('viewer');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('ユーザー名またはパスワードが違います').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(englishUi);
    await page.close();
  });
});

describe('a viewer', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.newPage();
    await session.signIn(page, 'viewer');
  });

  it('reads lists and records but is offered no way to create, edit or delete', async () => {
    await page.goto(`${server.origin}/#/request_tasks`);
    await page.getByText('全344件').waitFor();
    expect(await page.getByRole('link', { name: '作成' }).count()).toBe(0);
    expect(await page.locator('tbody input[type="checkbox"]').count()).toBe(0);
    expect(await menuText(page)).not.toContain('操作履歴');
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/\/show$/);
    await page.getByText('基本情報').first().waitFor();
    expect(await page.getByRole('link', { name: '編集' }).count()).toBe(0);
  });

  it('is turned away from an edit page it reaches by address', async () => {
    await page.goto(`${server.origin}/#/wards/1`);
    await expect.poll(() => page.locator('input[name="name"]').count(), { timeout: 5000 }).toBe(0);
    expect(session.problems.filter((p) => !/40[13]/.test(p))).toEqual([]);
  });
});

describe('a department contact', () => {
  let page: Page;
  let departmentId: number;
  beforeAll(async () => {
    page = await session.newPage();
    await session.signIn(page, 'dept_contact');
    departmentId = (await server.db('users').where({ login: 'dept_contact' }).first()).department_id;
  });

  it('sees only the request tasks of its own department and no other families', async () => {
    const [{ n }] = await server.db('request_tasks').where({ requesting_department_id: departmentId }).count({ n: '*' });
    await page.goto(`${server.origin}/#/request_tasks`);
    await page.getByText(`全${n}件`).waitFor();
    const menu = await menuText(page);
    expect(menu).toContain('依頼業務');
    expect(menu).not.toContain('トイレ洋式化');
    expect(menu).not.toContain('優良事例');
  });

  it('may type only into the survey answers the policy lets it change, the rest shown read-only', async () => {
    const task = await server.db('request_tasks').where({ requesting_department_id: departmentId, status: 'not_started' }).first();
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    const facts = page.getByTestId('read-only-facts');
    await facts.getByText(task.title).waitFor();
    const editable = await page.locator('form [name]:not([readonly]):not([disabled]):not([type=hidden])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('name')));
    expect(new Set(editable)).toEqual(new Set(surveyFields.filter((f) => f !== 'months')));
    await page.getByRole('checkbox', { name: '6月' }).waitFor();
    await page.locator('input[name="hours_per_occurrence"]').fill('2.5');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await server.db('request_tasks').where({ id: task.id }).first()).hours_per_occurrence).toBe(2.5);
    expect((await server.db('request_tasks').where({ id: task.id }).first()).title).toBe(task.title);
  });

  it('is offered no 編集 once a task is 回答済, and is sent back to the task with the reason from its edit address', async () => {
    const task = await server.db('request_tasks').where({ requesting_department_id: departmentId, status: 'not_started' }).first();
    await page.goto(`${server.origin}/#/request_tasks/${task.id}/show`);
    await page.getByRole('link', { name: '編集' }).waitFor();
    await server.db('request_tasks').where({ id: task.id }).update({ status: 'surveyed' });
    await page.reload();
    await page.getByText('回答済').first().waitFor();
    await expect.poll(() => page.getByRole('link', { name: '編集' }).count()).toBe(0);
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.getByText('このデータを変更できるのは、「状態」が「未着手」か「所管課照会中」の間だけです').waitFor();
    await page.waitForURL(/\/show$/);
    await expect.poll(() => page.locator('input[name="hours_per_occurrence"]').count()).toBe(0);
  });

  it("is told the same for another department's task as for one that does not exist", async () => {
    const other = await server.db('request_tasks').whereNot({ requesting_department_id: departmentId }).first();
    for (const id of [other.id, 99_999_999]) {
      await page.goto(`${server.origin}/#/request_tasks/${id}/show`);
      await page.getByText('この記録は存在しないか、閲覧する権限がありません').waitFor();
      await page.waitForURL(/#\/request_tasks$/);
      await page.reload();
    }
  });
});

describe('two people editing the same record', () => {
  it('tells the second one who saved first and offers to reload', async () => {
    const [first, second] = [await session.newPage(), await session.newPage()];
    await session.signIn(first, 'admin');
    await session.signIn(second, 'secretariat');
    for (const page of [first, second]) await page.goto(`${server.origin}/#/departments/1`);
    await first.locator('input[name="section"]').fill('先に保存した課');
    await first.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await server.db('departments').where({ id: 1 }).first()).section).toBe('先に保存した課');
    await second.locator('input[name="section"]').fill('後から保存した課');
    await second.getByRole('button', { name: '保存' }).click();
    await second.getByText(/管理者Aさんが.*更新しています/).waitFor();
    await second.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await expect.poll(() => second.locator('input[name="section"]').inputValue()).toBe('先に保存した課');
    expect((await server.db('departments').where({ id: 1 }).first()).section).toBe('先に保存した課');
  });
});
