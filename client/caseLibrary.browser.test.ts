import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoWithGps } from '../server/attachmentFixtures';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 300_000);
afterAll(() => session?.close());

describe('the case library in the browser', () => {
  it('uploads a photo to a case, sets its alt text and consent, publishes the case and opens the casebook print view', async () => {
    const { db, origin } = session.server;
    const kase = await db('practice_cases').where({ status: 'review' }).orderBy('id').first();
    const page = await session.newPage();
    await session.signIn(page, 'secretariat');
    await page.goto(`${origin}/#/practice_cases/${kase.id}/show`);
    await page.getByRole('button', { name: 'ファイルを選ぶ' }).waitFor();

    await page.locator('input[type=file]').setInputFiles({ name: '活動の写真.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() });
    await page.getByText('活動の写真.jpg を登録しました').waitFor();
    const thumbnail = page.getByRole('button', { name: '活動の写真.jpg を拡大表示' });
    await thumbnail.waitFor();
    await page.getByText('代替テキスト未入力').waitFor();

    await page.getByRole('button', { name: '説明を編集: 活動の写真.jpg' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('代替テキスト').fill('公園を清掃する住民と子どもたち');
    await dialog.getByLabel('肖像権の同意').check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('保存しました').waitFor();
    const stored = await db('attachments').where({ resource: 'practice_cases', record_id: kase.id }).first();
    expect([stored.alt_text, Boolean(stored.consent)]).toEqual(['公園を清掃する住民と子どもたち', true]);
    await expect.poll(() => page.getByText('代替テキスト未入力').count()).toBe(0);

    await thumbnail.click();
    const shown = page.getByRole('dialog').getByRole('img', { name: '公園を清掃する住民と子どもたち' });
    await shown.waitFor();
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '公開する' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '「公開」に変更' }).click();
    await expect.poll(async () => (await db('practice_cases').where({ id: kase.id }).first()).status).toBe('published');
    await page.getByText('掲載審査 → 公開').waitFor();

    await page.goto(`${origin}/#/practice_cases?filter=${encodeURIComponent(JSON.stringify({ q: kase.case_no }))}`);
    await page.locator('tbody tr').filter({ hasText: kase.case_no }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '事例集（印刷用）' }).click();
    await page.waitForURL(/#\/casebook\?ids=/);
    const sheet = page.locator(`article[data-case="${kase.id}"]`);
    await sheet.getByRole('heading', { name: kase.title }).waitFor();
    const photo = sheet.getByRole('img', { name: '公園を清掃する住民と子どもたち' });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await sheet.getByRole('listitem').allInnerTexts()).toEqual([kase.key_point_1, kase.key_point_2, kase.key_point_3]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await sheet.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');

    const download = await (await session.server.as('viewer')).fetch(`/attachments/${stored.id}/content`);
    expect((await sharp(Buffer.from(await download.arrayBuffer())).metadata()).exif).toBeUndefined();
    expect(session.problems).toEqual([]);
  }, 120_000);

  it("lists on a centre's page the cases it runs and the cases it adopted", async () => {
    const { db, origin } = session.server;
    const adoption = await db('practice_adoptions').orderBy('id').first();
    const runs = await db('practice_cases').where({ citizen_center_id: adoption.citizen_center_id });
    const adopted = await db('practice_cases').where({ id: adoption.practice_case_id }).first();
    const page = await session.newPage();
    await session.signIn(page, 'viewer');
    await page.goto(`${origin}/#/citizen_centers/${adoption.citizen_center_id}/show`);
    await page.getByRole('heading', { name: 'この市民センターが取り入れた事例' }).waitFor();
    await page.getByRole('link', { name: new RegExp(adopted.title) }).first().waitFor();
    for (const c of runs) await page.getByText(c.case_no).waitFor();
  });
});
