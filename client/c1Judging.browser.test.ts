import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);
afterAll(() => session?.close());

const results = async (roundId: number) => {
  const secretariat = await session.server.as('secretariat');
  return { secretariat, rows: await (await secretariat.fetch(`/c1_results?filter={"round_id":${roundId}}`)).json() };
};

describe('C-1 judging in the browser', () => {
  it('a judge scores an entry with the keyboard and never sees the conflicted one; the secretariat closes the round and selects finalists', async () => {
    const { db, origin } = session.server;
    const edition = await db('c1_editions').where({ edition_no: 2 }).first();
    const round = await db('c1_rounds').where({ edition_id: edition.id, kind: 'screening' }).first();
    const judge = await db('c1_judges').join('users', 'users.id', 'c1_judges.user_id').where('users.login', 'judge').first('c1_judges.id');
    const tie = await db('c1_judge_ties').where({ judge_id: judge.id }).first();
    const conflicted = await db('c1_entries').where({ edition_id: edition.id, citizen_center_id: tie.citizen_center_id }).first();
    const criteria: { name: string }[] = JSON.parse(edition.criteria);

    const page = await session.newPage();
    await session.signIn(page, 'judge');
    await page.getByRole('heading', { level: 1, name: 'C-1審査・採点' }).waitFor();
    const menu = await page.locator('.RaSidebar-fixed').innerText();
    expect(menu).toContain('C-1グランプリ');
    expect(menu).not.toMatch(/依頼業務|トイレ|優良事例|マスタ/);
    await page.getByRole('row').filter({ hasText: '書類審査' }).filter({ hasText: edition.name }).getByRole('link', { name: '採点する' }).click();
    await page.getByRole('status').filter({ hasText: '2 / 7 採点済' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(conflicted.title);

    const heading = await page.getByRole('heading', { level: 2 }).innerText();
    const entryNo = Number(/^No\.(\d+)/.exec(heading)![1]);
    await page.getByRole('radio', { name: `${criteria[0].name}: 1点` }).focus();
    for (const key of ['4', '3', '5', '2']) await page.keyboard.press(key);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('よく練られた計画');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '3 / 7 採点済' }).waitFor();
    const entry = await db('c1_entries').where({ edition_id: edition.id, entry_no: entryNo }).first();
    const sheet = await db('c1_score_sheets').where({ round_id: round.id, judge_id: judge.id, entry_id: entry.id }).first();
    expect(JSON.parse(sheet.scores)).toEqual(Object.fromEntries(criteria.map((c, i) => [c.name, [4, 3, 5, 2][i]])));
    expect(sheet.comment).toBe('よく練られた計画');
    expect(session.problems).toEqual([]);

    const { secretariat, rows } = await results(round.id);
    for (const r of rows) {
      for (const j of r.judges.filter((x: { score: number | null; conflict: string | null }) => x.score === null && !x.conflict)) {
        const scores = Object.fromEntries(criteria.map((c, i) => [c.name, ((r.entry_no + i + j.judge_id) % 5) + 1]));
        expect((await secretariat.fetch(`/c1_rounds/${round.id}/sheets/${r.entry_id}`, { method: 'PUT', body: JSON.stringify({ scores, judge_id: j.judge_id }) })).status).toBe(200);
      }
    }
    const ranked = (await results(round.id)).rows;
    const quota = [7, 6, 5, 4, 3, 2, 1].find((k) => ranked[k - 1].rank !== ranked[k]?.rank)!;
    await db('c1_editions').where({ id: edition.id }).update({ finalist_quota: quota });

    const staff = await session.newPage();
    await session.signIn(staff, 'secretariat');
    await staff.goto(`${origin}/#/c1_ranking/${round.id}`);
    await staff.getByText('すべての審査員が採点済です').waitFor();
    await staff.getByRole('button', { name: '採点を締め切る' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: '「締切」に変更' }).click();
    await staff.getByRole('heading', { name: /（締切）/ }).waitFor();
    await staff.getByRole('button', { name: '順位表から本選出場を決定' }).click();
    await staff.getByRole('dialog').getByText(`上位${quota}件を「本選出場」`).waitFor();
    await staff.getByRole('dialog').getByRole('button', { name: '決定する' }).click();
    await staff.getByText('本選出場を決定しました').waitFor();
    const statuses = await db('c1_entries').whereIn('id', ranked.map((r: { entry_id: number }) => r.entry_id)).select('id', 'status');
    const expected = ranked.map((r: { entry_id: number }, i: number) => [r.entry_id, i < quota ? 'finalist' : 'not_selected']);
    expect(statuses.map((s) => [s.id, s.status]).sort((a, b) => a[0] - b[0])).toEqual(expected.sort((a: number[], b: number[]) => a[0] - b[0]));
    expect(session.problems).toEqual([]);
  });
});
