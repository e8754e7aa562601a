import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor, type Role } from '../db/policy';
import { resources } from '../db/schema';
import { englishUi, startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let server: BrowserSession['server'];

beforeAll(async () => {
  session = await startBrowserSession();
  server = session.server;
}, 300_000);
afterAll(() => session?.close());

const logs = ['audit_events', 'request_task_transitions'];
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
  const plain = await cells.evaluateAll((tds) => tds.findIndex((td) => td.className.includes('column-') && !td.querySelector('a, button, input')));
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
});
