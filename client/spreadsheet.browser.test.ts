import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browserTesting';

let session: BrowserSession;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'spreadsheet-browser-'));

beforeAll(async () => {
  session = await startBrowserSession();
  page = await session.newPage();
  await session.signIn(page, 'secretariat');
}, 300_000);

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const headerTexts = () => page.locator('thead th[class*="column-"]').allInnerTexts();

const downloadXlsx = async () => {
  await page.getByRole('button', { name: 'ダウンロード' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel 形式 (.xlsx)' }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return { workbook, path, name: download.suggestedFilename() };
};

const importThroughDialog = async (file: string) => {
  await page.getByRole('button', { name: '取り込み' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type="file"]').setInputFiles(file);
  await dialog.getByText(/全\d+行: 新規/).waitFor();
  return dialog;
};

describe('spreadsheet interchange in Chromium', () => {
  it('downloads the filtered list with its visible columns, in their order, as .xlsx', async () => {
    await page.goto(`${session.server.origin}/#/request_tasks`);
    await page.getByText('全344件').first().waitFor();
    await page.getByRole('combobox', { name: '依頼先区分' }).click();
    await page.getByRole('option', { name: '市民センター' }).click();
    await page.getByText('全200件').first().waitFor();
    const { workbook, name } = await downloadXlsx();
    expect(name).toMatch(/^依頼業務_\d{8}-\d{4}\.xlsx$/);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(201);
    const headers = (sheet.getRow(1).values as string[]).slice(1).filter((_, i) => !sheet.getColumn(i + 1).hidden);
    expect(headers.length).toBeGreaterThan(8);
    expect(headers).toEqual((await headerTexts()).map((t) => t.trim()).filter((t) => headers.includes(t)));
    expect(headers.slice(0, 2)).toEqual(['業務コード', '依頼業務名']);
    const scope = headers.indexOf('依頼先区分') + 1;
    sheet.eachRow((row, n) => n > 1 && expect(row.getCell(scope).value).toBe('市民センター'));
    expect(sheet.getRow(2).getCell(1).value).toBe('S-001');
  });

  it('imports a corrected file: preview with the change, an error cell explained in Japanese, then commit', { timeout: 90_000 }, async () => {
    await page.goto(`${session.server.origin}/#/request_tasks?filter=${encodeURIComponent('{"fiscal_year":2026}')}`);
    await page.getByText('全344件').first().waitFor();
    const { workbook, path } = await downloadXlsx();
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const titleCell = sheet.getRow(2).getCell(headers.indexOf('依頼業務名') + 1);
    const code = sheet.getRow(2).getCell(headers.indexOf('業務コード') + 1).value as string;
    const title = `${titleCell.value}（様式を簡素化）`;
    const before = await session.server.db('request_tasks').where({ task_code: code, fiscal_year: 2026 }).first();
    titleCell.value = title;
    const burden = sheet.getRow(3).getCell(headers.indexOf('負担感') + 1);
    const original = burden.value;
    burden.value = 9;
    const broken = path.replace(/\.xlsx$/, '-broken.xlsx');
    await workbook.xlsx.writeFile(broken);

    let dialog = await importThroughDialog(broken);
    await dialog.getByText('エラー 1行').waitFor();
    const errorCell = dialog.locator('td[data-error="負担感"]');
    await expect.poll(() => errorCell.innerText()).toContain('5以下の値を入力してください');
    expect(await dialog.getByRole('button', { name: '取り込む' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '閉じる' }).click();

    burden.value = original;
    const fixed = path.replace(/\.xlsx$/, '-fixed.xlsx');
    await workbook.xlsx.writeFile(fixed);
    dialog = await importThroughDialog(fixed);
    await dialog.getByText('更新 1件').waitFor();
    await expect.poll(() => dialog.locator('tbody tr').first().innerText()).toContain(title);
    await dialog.getByRole('button', { name: '取り込む' }).click();
    await page.getByRole('dialog', { name: '取り込みの確認' }).getByRole('button', { name: '確定' }).click();
    await page.getByText('取り込みました（新規 0件・更新 1件）').waitFor();
    const saved = await session.server.db('request_tasks').where({ task_code: code, fiscal_year: 2026 }).first();
    expect([saved.title, saved.version]).toEqual([title, before.version + 1]);
    await page.getByText(title).first().waitFor();
  });

  it('offers the survey template of the department the list is filtered by', async () => {
    const department = await session.server.db('departments').orderBy('id').first();
    const filter = encodeURIComponent(JSON.stringify({ fiscal_year: 2026, requesting_department_id: department.id }));
    await page.goto(`${session.server.origin}/#/request_tasks?filter=${filter}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '調査票' }).click()]);
    expect(download.suggestedFilename()).toContain(`調査票_${department.bureau}${department.section}_令和8年度`);
  });

  it('shows the server\'s real progress, row by row, while it checks a large file', { timeout: 120_000 }, async () => {
    const count = 12_000;
    const file = join(dir, 'departments.csv');
    const lines = ['局・区役所,課,種別', ...Array.from({ length: count }, (_, i) => `進捗確認局,確認課${i + 1},本庁局`)];
    writeFileSync(file, lines.join('\r\n'));
    await page.goto(`${session.server.origin}/#/departments`);
    await page.getByRole('button', { name: '取り込み' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles(file);
    const status = dialog.getByRole('status');
    await status.getByText(new RegExp(`内容を確認しています… [\\d,]+ / ${count.toLocaleString()} 行`)).waitFor();
    const bar = status.getByRole('progressbar');
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
    await dialog.getByText(`全${count}行: 新規 ${count}件`).waitFor();
    await dialog.getByRole('button', { name: '閉じる' }).click();
  });

  it('produced no console errors and loaded nothing from another origin', () => {
    expect(session.problems).toEqual([]);
  });
});
