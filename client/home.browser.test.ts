import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantFor } from '../db/policy';
import { englishUi, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);

afterAll(() => session?.close());

const home = async (role: 'secretariat' | 'pt_member' | 'dept_contact') => {
  const page = await session.newPage();
  await page.setViewportSize({ width: 1366, height: 850 });
  await session.signIn(page, role);
  await page.goto(session.server.origin);
  return page;
};

describe('the home page fits the role', () => {
  it.each(['secretariat', 'pt_member'] as const)('opens on the PT dashboard with the programme figures for %s', async (role) => {
    const page = await home(role);
    await page.getByRole('heading', { name: 'PTダッシュボード', level: 1 }).waitFor();
    const db = session.server.db;
    const [{ n: orders }] = await db('toilet_work_orders').where({ fiscal_year: 2026 }).count({ n: '*' });
    const [{ n: cases }] = await db('practice_cases').count({ n: '*' });
    const edition = await db('c1_editions').where({ fiscal_year: 2026 }).orderBy('edition_no', 'desc').first();
    await page.locator('[data-programme="toilets"]').getByText(`工事 ${orders}件`).waitFor();
    await page.locator('[data-programme="cases"]').getByText(`事例 ${cases}件`).waitFor();
    await page.locator('[data-programme="c1"]').getByText(`${edition.name}: 応募`).waitFor();
    await page.screenshot({ path: `/tmp/home-${role}.png` });
    await page.locator('[data-programme="c1"]').click();
    await page.waitForURL(new RegExp(`c1_entries.*edition_id%22%3A${edition.id}`));
  });

  it('says a fiscal year has no data instead of showing empty tables and zeros', async () => {
    const page = await home('secretariat');
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.getByRole('option', { name: '令和10年度' }).click();
    await page.getByText('令和10年度の依頼業務はまだ登録されていません').waitFor();
    await page.getByText('令和10年度の工事はまだ登録されていません').waitFor();
    await page.getByText('令和10年度の開催回はまだ登録されていません').waitFor();
    expect(await page.locator('[data-figure], table').count()).toBe(0);
    await page.screenshot({ path: '/tmp/home-empty-year.png' });
  });

  it('gives a department contact its own tasks still to answer, nearest deadline first, and no PT dashboard', async () => {
    const page = await home('dept_contact');
    await page.getByRole('heading', { name: '回答が必要な依頼業務', level: 1 }).waitFor();
    const user = await session.server.db('users').where({ login: 'dept_contact' }).first();
    const open = grantFor({ ...user, role: 'dept_contact' }, 'request_tasks')!.editableWhile!.status as string[];
    const tasks = await session.server.db('request_tasks').where({ requesting_department_id: user.department_id }).whereIn('status', open)
      .orderBy([{ column: 'next_action_due' }, { column: 'id' }]);
    expect(tasks.length).toBeGreaterThan(0);
    await page.getByText(`全${tasks.length}件`).first().waitFor();
    expect(await page.locator('tbody td.column-task_code').first().innerText()).toBe(tasks[0].task_code);
    expect(await page.getByText('PTダッシュボード').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(englishUi);
    await page.screenshot({ path: '/tmp/home-dept_contact.png' });
    await page.locator('tbody td.column-task_code').first().click();
    await page.waitForURL(new RegExp(`#/request_tasks/${tasks[0].id}$`));
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(session.problems).toEqual([]);
  });
});
