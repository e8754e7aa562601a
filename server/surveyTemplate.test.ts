import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyFields } from '../db/policy';
import { importFile, workbookOf } from './spreadsheetTesting';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let contact: Session;
let contactDept: number;
const answerable = ['not_started', 'surveying'];

beforeAll(async () => {
  server = await startTestServer();
  contact = await server.as('dept_contact');
  contactDept = (await (await contact.fetch('/auth/me')).json()).department_id;
});
afterAll(() => server.close());

const template = async (session: Session, departmentId = contactDept) => {
  const res = await session.fetch(`/request_tasks/survey_template?department_id=${departmentId}`);
  expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
  return workbookOf(Buffer.from(await res.arrayBuffer()));
};
const rowsOf = (sheet: ExcelJS.Worksheet) => [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2));
const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as string[]).slice(1);

describe('the 調査票 of a department', () => {
  it('holds only the tasks its contact may still answer, whoever downloads it', async () => {
    const codes = await server.db('request_tasks').where({ requesting_department_id: contactDept, fiscal_year: 2026 })
      .whereIn('status', answerable).orderBy('task_code').pluck('task_code');
    const [{ n }] = await server.db('request_tasks').where({ requesting_department_id: contactDept }).count({ n: '*' });
    expect(codes.length).toBeLessThan(Number(n));
    for (const session of [contact, await server.as('secretariat')]) {
      const sheet = (await template(session)).worksheets[0];
      expect(rowsOf(sheet).map((r) => r.getCell(2).value)).toEqual(codes);
    }
  });

  it('unlocks only the survey answers, every other cell locked in a protected sheet, with drop-downs on the answers', async () => {
    const sheet = (await template(contact)).worksheets[0];
    const headers = headersOf(sheet);
    const identity = 7;
    expect(headers.length).toBe(identity + surveyFields.length);
    expect((sheet as ExcelJS.Worksheet & { sheetProtection?: object }).sheetProtection).toMatchObject({ sheet: true });
    for (const row of rowsOf(sheet)) {
      for (let n = 1; n <= headers.length; n++) {
        const unlocked = row.getCell(n).protection?.locked === false;
        expect(unlocked, `${row.getCell(2).value} ${headers[n - 1]}`).toBe(n > identity);
      }
    }
    expect(rowsOf(sheet)[0].getCell(headers.indexOf('頻度') + 1).dataValidation).toMatchObject({ type: 'list' });
  });

  it('is refused for another department, and says so when no task is open for answers', async () => {
    expect((await contact.fetch(`/request_tasks/survey_template?department_id=${contactDept + 1}`)).status).toBe(403);
    const secretariat = await server.as('secretariat');
    const closed = await server.db('departments').where('id', '<>', contactDept).orderBy('id').first();
    await server.db('request_tasks').where({ requesting_department_id: closed.id }).update({ status: 'decided' });
    const res = await secretariat.fetch(`/request_tasks/survey_template?department_id=${closed.id}`);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe(`${closed.bureau} ${closed.section}の令和8年度の業務に、回答を受け付けているもの（未着手・所管課照会中）はありません`);
  });
});

describe('importing a filled-in 調査票', () => {
  it('reports a row that was answered meanwhile for that row only, and imports the other answers', async () => {
    const workbook = await template(contact);
    const sheet = workbook.worksheets[0];
    const headers = headersOf(sheet);
    const [open, answered] = rowsOf(sheet);
    for (const row of [open, answered]) row.getCell(headers.indexOf('所管課の意見') + 1).value = `${row.getCell(2).value} の回答`;
    const code = (row: ExcelJS.Row) => String(row.getCell(2).value);
    await server.db('request_tasks').where({ task_code: code(answered), fiscal_year: 2026 }).update({ status: 'surveyed' });
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await (await importFile(contact, 'request_tasks', file, 'survey.xlsx')).json();
    expect(preview.summary, JSON.stringify(preview.rows.filter((r: { errors: unknown[] }) => r.errors.length))).toMatchObject({ changed: 1, skipped: 1, errors: 0 });
    expect(preview.rows.find((r: { action: string }) => r.action === 'skip')).toMatchObject({
      key: expect.stringContaining(code(answered)),
      notice: 'このデータを変更できるのは、「状態」が「未着手」か「所管課照会中」の間だけです。この行は取り込みません',
      errors: [],
    });
    expect((await importFile(contact, 'request_tasks', file, 'survey.xlsx', false)).status).toBe(200);
    const opinion = async (row: ExcelJS.Row) => (await server.db('request_tasks').where({ task_code: code(row), fiscal_year: 2026 }).first()).dept_opinion;
    expect(await opinion(open)).toBe(`${code(open)} の回答`);
    expect(await opinion(answered)).not.toBe(`${code(answered)} の回答`);
  });
});
