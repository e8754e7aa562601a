import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishUi, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let server: BrowserSession['server'];
let page: Page;

const taskRow = (id: number) => server.db('request_tasks').where({ id }).first();
const figure = (key: string) => page.locator(`[data-figure="${key}"]`);
const figureValue = async (key: string) => Number((await figure(key).innerText()).replace(/[^\d.]/g, ''));

const move = async (button: string, state: string, fill?: () => Promise<void>) => {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.();
  await dialog.getByRole('button', { name: `「${state}」に変更` }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('main').getByText(state, { exact: true }).first().waitFor();
};

const choose = async (label: string, option: string) => {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server } = session);
  page = await session.newPage();
  await session.signIn(page, 'secretariat');
}, 300_000);

afterAll(() => session?.close());

describe('the burden-reduction review in Chromium', () => {
  it('walks a task from 未着手 to 決定 through the UI and finds it counted on the dashboard', { timeout: 90_000 }, async () => {
    const task = await server.db('request_tasks').where({ fiscal_year: 2026, status: 'not_started', target_scope: 'community' }).orderBy('id').first();
    await page.goto(server.origin);
    await figure('scope.community.reviewed').waitFor();
    const reviewedBefore = await figureValue('scope.community.reviewed');

    await page.goto(`${server.origin}/#/request_tasks/${task.id}/show`);
    await move('所管課に照会する', '所管課照会中');
    await move('回答を提出する', '回答済');
    await move('見直し案の作成へ', '見直し案作成中');
    await move('PT協議に付す', 'PT協議中', () => page.getByRole('dialog').locator('textarea[name="proposal"]').fill('回覧を電子掲示板に置き換える'));
    expect(await taskRow(task.id)).toMatchObject({ status: 'pt_review', proposal: '回覧を電子掲示板に置き換える' });

    await page.getByRole('button', { name: '決定する' }).click();
    const dialog = page.getByRole('dialog');
    await choose('見直し区分', '検討継続');
    await dialog.locator('textarea[name="rationale"]').fill('地域の要望を踏まえ、慣例による回覧を廃止する');
    await dialog.getByRole('group', { name: /実施時期/ }).getByRole('spinbutton').first().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2027/04/01');
    await choose('決定主体', 'PT');
    await dialog.getByRole('button', { name: '「決定」に変更' }).click();
    await dialog.getByText('「決定」の業務には入力が必要です').first().waitFor();
    expect((await taskRow(task.id)).status).toBe('pt_review');
    expect(session.problems.splice(0)).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await choose('見直し区分', '廃止');
    await dialog.getByRole('button', { name: '「決定」に変更' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await taskRow(task.id)).status).toBe('decided');
    expect(await taskRow(task.id)).toMatchObject({ decision: 'abolish', decided_by: 'pt', effective_from: '2027-04-01', hours_saved_est: task.annual_burden_hours });
    const timeline = page.getByRole('list', { name: '状態の変更履歴' }).getByRole('listitem');
    await expect.poll(() => timeline.count()).toBe(5);
    expect(await timeline.last().innerText()).toContain('PT協議中 → 決定');

    await page.goto(server.origin);
    await expect.poll(() => figureValue('scope.community.reviewed')).toBe(reviewedBefore + 1);
    expect(await page.locator('body').innerText()).not.toMatch(englishUi);
    await figure('scope.community.reviewed').click();
    await page.getByText(`全${reviewedBefore + 1}件`).first().waitFor();
    await page.getByText(task.task_code, { exact: true }).waitFor();
  });

  it('filters the list by fiscal quarter of the effective date through the period filter', async () => {
    await page.goto(`${server.origin}/#/request_tasks?filter=${encodeURIComponent(JSON.stringify({ fiscal_year: 2026 }))}`);
    await page.getByRole('combobox', { name: '実施時期（年度・四半期）' }).click();
    await page.getByRole('option', { name: '令和8年度 第3四半期' }).click();
    await page.waitForURL(/effective_from_gte/);
    const [{ n }] = await server.db('request_tasks').where({ fiscal_year: 2026 }).whereBetween('effective_from', ['2026-10-01', '2026-12-31']).count({ n: '*' });
    expect(Number(n)).toBeGreaterThan(0);
    await page.getByText(`全${n}件`).first().waitFor();
    expect(decodeURIComponent(page.url())).toContain('"effective_from_gte":"2026-10-01","effective_from_lte":"2026-12-31"');
  });

  it('records a decision in the meeting mode with a few keys, and never on Enter while the IME is composing', async () => {
    const view = await server.db('saved_views').where({ name: 'PT協議中の業務' }).first();
    const [first] = await server.db('request_tasks').where({ fiscal_year: 2026, status: 'pt_review' }).orderBy('task_code');
    await page.goto(`${server.origin}/#/meeting/${view.id}`);
    await page.getByText(`${first.task_code} ${first.title}`).waitFor();
    await page.keyboard.press('1');
    const rationale = page.locator('textarea[name="rationale"]');
    await expect.poll(() => rationale.evaluate((el) => el === document.activeElement)).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'はいし', selectionStart: 3, selectionEnd: 3 });
    await page.keyboard.press('Enter');
    await cdp.send('Input.insertText', { text: '廃止' });
    await page.waitForTimeout(300);
    expect((await taskRow(first.id)).status).toBe('pt_review');
    await rationale.pressSequentially('する');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await taskRow(first.id)).status).toBe('decided');
    expect(await taskRow(first.id)).toMatchObject({ decision: 'abolish', rationale: '廃止する', decided_by: 'pt' });
    const history = await server.db('request_task_transitions').where({ request_task_id: first.id }).orderBy('id', 'desc').first();
    expect(history.note).toBe('決定会議（PT協議中の業務）で決定');
    await page.getByText('2 / ').first().waitFor();
  });

  it('moves selected tasks in bulk after confirmation, all or none, naming the tasks that cannot move', async () => {
    const listOf = (status: string[]) => `${server.origin}/#/request_tasks?filter=${encodeURIComponent(JSON.stringify({ fiscal_year: 2026, status }))}&sort=task_code&order=ASC`;
    const rows = (status: string[]) => server.db('request_tasks').where({ fiscal_year: 2026 }).whereIn('status', status).orderBy('task_code').limit(3);
    const select = async (n: number) => {
      const boxes = page.locator('tbody input[type="checkbox"]');
      await boxes.first().waitFor();
      for (let i = 0; i < n; i++) await boxes.nth(i).check();
    };
    const bulkTo = async (state: string) => {
      await page.getByRole('button', { name: '状態を変更' }).click();
      await page.getByRole('menuitem', { name: `「${state}」に変更…` }).click();
      await page.getByRole('dialog').getByText('件の業務を「所管課照会中」に変更します').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: `「${state}」に変更` }).click();
    };
    const mixed = await rows(['not_started', 'surveying']);
    await page.goto(listOf(['not_started', 'surveying']));
    await select(3);
    await bulkTo('所管課照会中');
    const stuck = mixed.filter((t) => t.status === 'surveying');
    expect(stuck.length).toBeGreaterThan(0);
    for (const t of stuck) await page.getByRole('dialog').getByText(`${t.task_code}: 「所管課照会中」から「所管課照会中」へは変更できません`).waitFor();
    expect((await server.db('request_tasks').whereIn('id', mixed.map((t) => t.id))).map((t) => t.status)).toEqual(mixed.map((t) => t.status));
    expect(session.problems.splice(0)).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.getByRole('dialog').getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('button', { name: '選択解除' }).click();

    const ready = await rows(['not_started']);
    await page.goto(listOf(['not_started']));
    await select(3);
    await bulkTo('所管課照会中');
    await page.getByText('3件の業務の状態を変更しました').waitFor();
    expect(await server.db('request_tasks').whereIn('id', ready.map((t) => t.id)).pluck('status')).toEqual(['surveying', 'surveying', 'surveying']);
    expect(await server.db('request_task_transitions').whereIn('request_task_id', ready.map((t) => t.id)).where({ to_status: 'surveying' })).toHaveLength(3);
  });

  it('saves the current filter, order and columns as a view on the server and applies it again', async () => {
    const filter = { fiscal_year: 2026, channel: ['paper'], target_scope: 'center' };
    await page.goto(`${server.origin}/#/request_tasks?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=annual_burden_hours&order=DESC`);
    const [{ n }] = await server.db('request_tasks').where({ fiscal_year: 2026, target_scope: 'center' }).where('channel', 'paper').count({ n: '*' });
    await page.getByText(`全${n}件`).first().waitFor();
    await page.getByRole('button', { name: 'ビュー' }).click();
    await page.getByRole('menuitem', { name: '現在の表示をビューとして保存' }).click();
    await page.getByRole('dialog').locator('input[name="name"]').fill('紙の市民センター業務（負担順）');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByText('ビューを保存しました').waitFor();
    const saved = await server.db('saved_views').where({ name: '紙の市民センター業務（負担順）' }).first();
    expect(JSON.parse(saved.filter)).toEqual(filter);
    expect(JSON.parse(saved.sort)).toEqual({ field: 'annual_burden_hours', order: 'DESC' });
    expect(JSON.parse(saved.columns)).toContain('annual_burden_hours');
    await page.goto(`${server.origin}/#/request_tasks?filter=${encodeURIComponent(JSON.stringify({ fiscal_year: 2026 }))}`);
    await page.getByText('全344件').first().waitFor();
    await page.getByRole('button', { name: 'ビュー' }).click();
    await page.getByRole('menuitem', { name: '紙の市民センター業務（負担順）' }).click();
    await page.getByText(`全${n}件`).first().waitFor();
    expect(page.url()).toContain('sort=annual_burden_hours');
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(session.problems).toEqual([]);
  });
});
