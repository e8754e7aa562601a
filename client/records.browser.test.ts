import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor, type Role } from '../db/policy';
import { resources } from '../db/schema';
import { makeTask } from '../server/taskFixtures';
import { englishUi, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let server: BrowserSession['server'];

beforeAll(async () => {
  session = await startBrowserSession();
  server = session.server;
}, 300_000);
afterAll(() => session?.close());

const logs = ['audit_events', 'request_task_transitions', 'toilet_work_order_transitions', 'toilet_conversions', 'attachments', 'practice_case_transitions',
  'c1_round_transitions'];
const readers: Role[] = ['viewer', 'pt_member', 'dept_contact'];
const pages = new Map<Role, Page>();
const signedIn = async (role: Role) => {
  if (!pages.has(role)) {
    const page = await session.newPage();
    await session.signIn(page, role);
    pages.set(role, page);
  }
  return pages.get(role)!;
};
const actorOf = (role: Role) => ({ id: 0, role, department_id: 1, display_name: role }) as Actor;
const readable = readers.flatMap((role) => resources.filter((r) => can(actorOf(role), r.name, 'read')).map((r) => [role, r.name] as const));

const opensReadView = async (page: Page, resource: string) => {
  await page.goto(`${server.origin}/#/${resource}`);
  const first = page.locator('tbody tr').first();
  await first.waitFor();
  session.problems.length = 0;
  if (logs.includes(resource)) return;
  const cells = first.locator('td');
  const links = Object.keys(resources.find((r) => r.name === resource)?.references ?? {}).map((field) => `column-${field}`);
  const plain = await cells.evaluateAll((tds, links) => tds.findIndex((td) => td.className.includes('column-')
    && !links.some((link) => td.classList.contains(link)) && !td.querySelector('a, button, input')), links);
  await cells.nth(plain).click();
  await page.waitForURL(new RegExp(`#/${resource}/\\d+/show$`));
  await page.locator('.RaShow-main, .RaShow-card').first().waitFor();
  await page.locator('.RaLabeled-label').first().waitFor();
  const text = await page.locator('body').innerText();
  expect(text, resource).not.toContain('アクセス権限がありません');
  expect(text, resource).not.toMatch(englishUi);
};

describe('every resource a role may read has a read view', () => {
  it.each(readable)('%s opens the list of %s and, from a row, the record', async (role, resource) => {
    await opensReadView(await signedIn(role), resource);
    expect(session.problems).toEqual([]);
  });

  it('shows a PT member a C-1 entry with its texts, and no 編集', async () => {
    const page = await signedIn('pt_member');
    const entry = await server.db('c1_entries').orderBy('id').first();
    await page.goto(`${server.origin}/#/c1_entries/${entry.id}/show`);
    await page.getByText(entry.title).first().waitFor();
    await page.getByText(entry.proposal.slice(0, 20)).first().waitFor();
    expect(await page.getByRole('link', { name: '編集' }).count()).toBe(0);
  });

  it('reads a saved view as conditions in Japanese, not stored JSON', async () => {
    const page = await signedIn('pt_member');
    const view = await server.db('saved_views').where({ name: '廃止候補（慣例・対価なし）' }).first();
    await page.goto(`${server.origin}/#/saved_views/${view.id}/show`);
    for (const line of ['年度: 令和8年度', '根拠区分: 慣例', '対価: なし', '並び順: 年間負担時間(h)（降順）']) await page.getByText(line).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/[{}]|custom|request_tasks|DESC/);
  });
});

const inDialog = (page: Page) => page.getByRole('dialog');

describe('a bulk status move', () => {
  it('says empty inputs keep each task its own value, and keeps them', async () => {
    const page = await signedIn('secretariat');
    const tasks = await Promise.all(['回覧を電子化する案', '年2回に縮小する案'].map((proposal) => makeTask(server, 'drafting', { load: { proposal, next_action_due: '2027-02-17' } })));
    await page.goto(`${server.origin}/#/request_tasks?filter=${encodeURIComponent(JSON.stringify({ id: tasks.map((t) => t.id) }))}`);
    await page.locator('tbody tr').nth(1).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await page.locator('thead input[type="checkbox"]').check();
    await page.getByRole('button', { name: '状態を変更' }).click();
    await page.getByRole('menuitem', { name: '「PT協議中」に変更…' }).click();
    await inDialog(page).getByText('空欄の項目は各業務の現在の値のまま変わりません').waitFor();
    expect(await inDialog(page).locator('textarea[name="proposal"]').inputValue()).toBe('');
    await inDialog(page).getByRole('button', { name: '「PT協議中」に変更' }).click();
    await inDialog(page).waitFor({ state: 'detached' });
    const after = await server.db('request_tasks').whereIn('id', tasks.map((t) => t.id)).orderBy('id');
    const byId = [...tasks].sort((a, b) => a.id - b.id);
    expect(after.map((t) => [t.status, t.proposal, t.next_action_due])).toEqual(byId.map((t) => ['pt_review', t.proposal, '2027-02-17']));
  });
});

describe('the history of a record', () => {
  const openHistory = async (page: Page, id: number) => {
    await page.goto(`${server.origin}/#/request_tasks/${id}`);
    await page.getByRole('button', { name: '変更履歴', exact: true }).click();
  };

  it('reads references, choices and dates as elsewhere, and restores all but 状態, saying so before and after', async () => {
    const admin = await server.as('admin');
    const session = await server.db('pt_sessions').orderBy('id', 'desc').first();
    const task = await makeTask(server, 'drafting', { load: { proposal: '元の案' } });
    const put = await admin.fetch(`/request_tasks/${task.id}`, { method: 'PUT', body: JSON.stringify({ version: task.version, pt_session_id: session.id, next_action_due: '2027-04-01', channel: 'email' }) });
    expect(put.status).toBe(200);
    expect((await admin.fetch(`/request_tasks/${task.id}/transitions`, { method: 'POST', body: JSON.stringify({ to: 'pt_review' }) })).status).toBe(200);
    const page = await signedIn('admin');
    await openHistory(page, task.id);
    const history = page.locator('.MuiAccordionDetails-root');
    await history.getByText(`PT協議の回: （なし） → ${session.name}`).waitFor();
    await history.getByText('次回期限: （なし） → 令和9年4月1日').waitFor();
    await history.getByText('伝達手段: 紙 → メール').waitFor();
    await history.getByText('状態: 見直し案作成中 → PT協議中').waitFor();
    expect(await history.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}|pt_review|email/);
    await history.getByRole('button', { name: 'この変更より前の内容に戻す' }).nth(1).click();
    await inDialog(page).getByText('「状態」は戻しません').waitFor();
    await inDialog(page).getByText('伝達手段: メール → 紙').waitFor();
    await inDialog(page).getByRole('button', { name: '戻す' }).click();
    await page.getByText('変更前の内容に戻しました（「状態」は変わっていません）').waitFor();
    expect(await server.db('request_tasks').where({ id: task.id }).first()).toMatchObject({ status: 'pt_review', pt_session_id: null, channel: 'paper', proposal: '元の案' });
  });

  it('names the field reasons when a restore cannot be made, offering nothing to confirm', async () => {
    const admin = await server.as('admin');
    const task = await makeTask(server, 'pt_review');
    await server.db('request_tasks').where({ id: task.id }).update({ decision: null, rationale: null, effective_from: null, decided_by: null });
    const decision = { to: 'decided', decision: 'abolish', rationale: '役割を終えた', effective_from: '2027-04-01', decided_by: 'pt' };
    expect((await admin.fetch(`/request_tasks/${task.id}/transitions`, { method: 'POST', body: JSON.stringify(decision) })).status).toBe(200);
    const page = await signedIn('admin');
    await openHistory(page, task.id);
    await page.getByRole('button', { name: 'この変更より前の内容に戻す' }).first().click();
    await inDialog(page).getByText('見直し区分: 「決定」の業務には入力が必要です').waitFor();
    expect(await inDialog(page).getByRole('button', { name: '戻す' }).count()).toBe(0);
  });
});

describe('the audit trail', () => {
  it('names resources and refused requests in Japanese, decoded, one line per short column', async () => {
    const contact = await server.as('dept_contact');
    const other = await server.db('request_tasks').where('requesting_department_id', '<>', (await server.db('users').where({ login: 'dept_contact' }).first()).department_id).first();
    await contact.fetch(`/request_tasks/${other.id}`, { method: 'PUT', body: JSON.stringify({ version: other.version, title: 'x' }) });
    await contact.fetch(`/users?filter=${encodeURIComponent(JSON.stringify({ login: 'admin' }))}`);
    const page = await signedIn('admin');
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.goto(`${server.origin}/#/audit_events`);
    const table = page.locator('tbody');
    await table.getByText(`拒否した操作: 変更: 依頼業務 ID ${other.id}`).waitFor();
    await table.getByText('拒否した操作: 閲覧: 職員の一覧（filter={"login":"admin"}）').waitFor();
    const text = await table.innerText();
    expect(text).not.toMatch(/request_tasks|toilet_work_orders|request:|%7B|%22/);
    const lines = await page.locator('tbody tr').first().locator('td:not(.column-changes)').evaluateAll((tds) => tds.map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    }));
    expect(lines.every((n) => n <= 1), JSON.stringify(lines)).toBe(true);
  });
});

describe('a refused save', () => {
  it('goes to the tab with the first field in error and puts the cursor in it', async () => {
    const page = await signedIn('secretariat');
    const task = await server.db('request_tasks').orderBy('id').first();
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.locator('input[name="title"]').fill('');
    await page.getByRole('tab', { name: '負担の状況' }).click();
    await page.locator('input[name="times_per_year"]').fill('-1');
    await page.getByRole('tab', { name: '見直し' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    expect(await page.locator('input[name="title"]').isVisible()).toBe(true);
    expect((await server.db('request_tasks').where({ id: task.id }).first()).title).toBe(task.title);
  });

  it("names the server's field in Japanese and goes to it when the field is on another tab", async () => {
    const page = await signedIn('secretariat');
    const [task, other] = await server.db('request_tasks').where('target_scope', 'community').orderBy('id', 'desc').limit(2);
    await page.goto(`${server.origin}/#/request_tasks/${task.id}`);
    await page.locator('input[name="task_code"]').fill(other.task_code);
    await page.getByRole('tab', { name: '見直し' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('入力内容に誤りがあります（「業務コード」）').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('task_code');
    expect((await server.db('request_tasks').where({ id: task.id }).first()).task_code).toBe(task.task_code);
  });
});
