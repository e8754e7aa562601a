import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, workbookOf } from './spreadsheetTesting';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let contact: Session;
let contactDept: number;

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
  contact = await server.as('dept_contact');
  contactDept = (await (await contact.fetch('/auth/me')).json()).department_id;
});
afterAll(() => server.close());

const q = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
const exported = async (session: Session, resource: string, params: Record<string, unknown> = {}) => {
  const res = await session.fetch(`/${resource}/export?${q(params)}`);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 200))).toBe(200);
  return { res, body: Buffer.from(await res.arrayBuffer()) };
};
const csvRows = (buf: Buffer): string[][] => parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
const tableHash = async (table: string) =>
  createHash('sha256').update(JSON.stringify(await server.db(table).orderBy('id'))).digest('hex');
const auditCount = async () => Number((await server.db('audit_events').count({ n: '*' }))[0].n);

describe('export', () => {
  it('exports every request task as .xlsx with Japanese headers, labels, names, fiscal years and real dates', async () => {
    const { res, body } = await exported(secretariat, 'request_tasks', { format: 'xlsx', sort: ['task_code', 'ASC'] });
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''%E4%BE%9D%E9%A0%BC%E6%A5%AD%E5%8B%99_\d{8}-\d{4}\.xlsx/);
    const sheet = (await workbookOf(body)).worksheets[0];
    expect(sheet.rowCount).toBe(345);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['業務コード', '年度', '依頼元所管課', '頻度', '実施月', '個人情報の取扱い', '次回期限']));
    expect(headers).not.toContain('版');
    const first = await server.db('request_tasks').orderBy('task_code').first();
    const department = await server.db('departments').where({ id: first.requesting_department_id }).first();
    const cell = (header: string) => sheet.getRow(2).getCell(headers.indexOf(header) + 1);
    expect(cell('業務コード').value).toBe(first.task_code);
    expect(cell('年度').value).toBe('令和8年度');
    expect(cell('依頼元所管課').value).toBe(`${department.bureau} ${department.section}`);
    expect(cell('個人情報の取扱い').value).toBe(first.handles_personal_data ? 'はい' : 'いいえ');
    expect(cell('実施月').value).toBe(JSON.parse(first.months).sort((a: number, b: number) => ((a + 8) % 12) - ((b + 8) % 12)).map((m: number) => `${m}月`).join('、'));
    expect(cell('次回期限').value).toEqual(new Date(`${first.next_action_due}T00:00:00Z`));
    expect(cell('次回期限').numFmt).toBe('yyyy/mm/dd');
    expect(sheet.getColumn(headers.indexOf('依頼業務名') + 1).width).toBeGreaterThan(20);
  });

  it('exports the rows of the current filter and sort in the requested columns as UTF-8 CSV with a BOM', async () => {
    const filter = { target_scope: 'center', channel: ['paper'] };
    const sort = ['title', 'DESC'];
    const fields = ['title', 'task_code', 'channel', 'issue_tags'];
    const { res, body } = await exported(secretariat, 'request_tasks', { format: 'csv', filter, sort, fields });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('\r\n');
    const rows = csvRows(body);
    expect(rows[0]).toEqual(['年度', '依頼業務名', '業務コード', '伝達手段', '課題分類']);
    const list = await (await secretariat.fetch(`/request_tasks?${q({ filter, sort, range: [0, 999] })}`)).json();
    expect(rows.slice(1).map((r) => r[2])).toEqual(list.map((t: { task_code: string }) => t.task_code));
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(['紙']));
    expect(rows.slice(1).some((r) => r[4].includes('、'))).toBe(true);
  });

  it('answers 400 in Japanese for unknown fields, formats and parameters', async () => {
    for (const params of [{ fields: ['nope'] }, { format: 'pdf' }, { range: [0, 9] }, { filter: { nope: 1 } }]) {
      const res = await secretariat.fetch(`/request_tasks/export?${q(params)}`);
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
  });

  it('never exports hidden fields nor rows outside the caller\'s scope', async () => {
    const users = csvRows((await exported(secretariat, 'users', { format: 'csv' })).body);
    expect(users[0]).not.toContain('ログインID');
    expect((await secretariat.fetch(`/users/export?${q({ fields: ['login'] })}`)).status).toBe(403);
    const own = csvRows((await exported(contact, 'request_tasks', { format: 'csv', fields: ['task_code', 'requesting_department_id'] })).body);
    const [{ n }] = await server.db('request_tasks').where({ requesting_department_id: contactDept }).count({ n: '*' });
    expect(own.length - 1).toBe(Number(n));
    expect(new Set(own.slice(1).map((r) => r[2])).size).toBe(1);
    expect((await contact.fetch('/audit_events/export')).status).toBe(403);
  });
});

describe('survey template', () => {
  it('gives a department its own tasks with survey columns, drop-downs, a hidden key and locked identity cells', async () => {
    const res = await contact.fetch(`/request_tasks/survey_template?department_id=${contactDept}`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('調査票_');
    const workbook = await workbookOf(Buffer.from(await res.arrayBuffer()));
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['照合キー', '業務コード', '年度']);
    expect(headers).toEqual(expect.arrayContaining(['頻度', '実施月', '1回あたり所要時間(h)', '伝達手段', '根拠区分', '所管課の意見']));
    expect(sheet.getColumn(1).hidden).toBe(true);
    const [{ n }] = await server.db('request_tasks').where({ requesting_department_id: contactDept }).whereIn('status', ['not_started', 'surveying']).count({ n: '*' });
    expect(sheet.rowCount - 1).toBe(Number(n));
    const frequency = sheet.getRow(2).getCell(headers.indexOf('頻度') + 1);
    expect(frequency.dataValidation).toMatchObject({ type: 'list' });
    expect(workbook.getWorksheet('選択肢')!.state).toBe('hidden');
    expect(sheet.getRow(2).getCell(2).protection?.locked).not.toBe(false);
    expect((await contact.fetch(`/request_tasks/survey_template?department_id=${contactDept + 1}`)).status).toBe(403);
  });
});

describe('import', () => {
  it('round-trips the whole inventory: 344 updates, no errors and no changes, as .xlsx and as CSV', async () => {
    for (const format of ['xlsx', 'csv']) {
      const { body } = await exported(secretariat, 'request_tasks', { format });
      const res = await importFile(secretariat, 'request_tasks', body, `inventory.${format}`);
      expect(res.status).toBe(200);
      const preview = await res.json();
      expect(preview.summary).toMatchObject({ rows: 344, create: 0, update: 344, changed: 0, errors: 0 });
      expect(preview.rows).toEqual([]);
    }
  });

  it('round-trips departments and citizen centres too', async () => {
    for (const resource of ['departments', 'citizen_centers']) {
      const { body } = await exported(secretariat, resource, { format: 'xlsx' });
      const preview = await (await importFile(secretariat, resource, body, 'x.xlsx')).json();
      const [{ n }] = await server.db(resource).count({ n: '*' });
      expect(preview.summary).toMatchObject({ rows: Number(n), update: Number(n), changed: 0, errors: 0 });
    }
  });

  it('defuses formula-like text in CSV and restores it on import', async () => {
    const department = await server.db('departments').orderBy('id').first();
    await server.db('departments').where({ id: department.id }).update({ note: '=HYPERLINK("http://example.com")' });
    const { body } = await exported(secretariat, 'departments', { format: 'csv', fields: ['bureau', 'section', 'note'], filter: { id: department.id } });
    expect(csvRows(body)[1][2]).toBe(`'=HYPERLINK("http://example.com")`);
    const preview = await (await importFile(secretariat, 'departments', body, 'd.csv')).json();
    expect(preview.summary).toMatchObject({ update: 1, changed: 0, errors: 0 });
  });

  it('rejects a file with one bad row without changing anything, naming the row and column in Japanese', async () => {
    const { body } = await exported(secretariat, 'request_tasks', { format: 'csv', sort: ['id', 'ASC'], fields: ['task_code', 'fiscal_year', 'title', 'burden_level'] });
    const rows = csvRows(body);
    rows[2][2] = `${rows[2][2]}（改）`;
    rows[5][3] = '9';
    const file = `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}`;
    const [tasks, audits] = [await tableHash('request_tasks'), await auditCount()];
    const preview = await (await importFile(secretariat, 'request_tasks', file, 'bad.csv')).json();
    expect(preview.summary).toMatchObject({ changed: 1, errors: 1 });
    const bad = preview.rows.find((r: { row: number }) => r.row === 6);
    expect(bad.errors).toEqual([{ column: '負担感', message: '5以下の値を入力してください' }]);
    const res = await importFile(secretariat, 'request_tasks', file, 'bad.csv', false);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('何も取り込みませんでした');
    expect([await tableHash('request_tasks'), await auditCount()]).toEqual([tasks, audits]);
  });

  it('reads a Shift_JIS CSV and applies it in one go with versions and audit rows', async () => {
    const task = await server.db('request_tasks').where({ task_code: 'C-002' }).first();
    const text = `業務コード,年度,負担感,伝達手段,実施月\r\n${task.task_code},令和8年度,${task.burden_level === 5 ? 4 : 5},メール,"4月、10月"\r\n`;
    const file = iconv.encode(text, 'Shift_JIS');
    const preview = await (await importFile(secretariat, 'request_tasks', file, 'sjis.csv')).json();
    expect(preview).toMatchObject({ encoding: 'Shift_JIS', summary: { update: 1, changed: 1, errors: 0 } });
    expect(preview.rows[0].changes.map((c: { column: string }) => c.column)).toEqual(expect.arrayContaining(['負担感', '伝達手段', '実施月']));
    const res = await importFile(secretariat, 'request_tasks', file, 'sjis.csv', false);
    expect(res.status).toBe(200);
    const after = await server.db('request_tasks').where({ id: task.id }).first();
    expect([after.channel, after.months, after.version]).toEqual(['email', '[4,10]', task.version + 1]);
    expect(await server.db('audit_events').where({ resource: 'request_tasks', record_id: task.id, action: 'update' }).first()).toBeTruthy();
  });

  it('imports a survey template filled in by the department contact', async () => {
    const task = await server.db('request_tasks').where({ requesting_department_id: contactDept }).whereIn('status', ['not_started', 'surveying']).orderBy('task_code').first();
    const workbook = await workbookOf(Buffer.from(await (await contact.fetch(`/request_tasks/survey_template?department_id=${contactDept}`)).arrayBuffer()));
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(2).value === task.task_code)!;
    row.getCell(headers.indexOf('頻度') + 1).value = '四半期';
    row.getCell(headers.indexOf('年間回数') + 1).value = 4;
    row.getCell(headers.indexOf('実施月') + 1).value = '4月、7月、10月、1月';
    row.getCell(headers.indexOf('所管課の意見') + 1).value = '電子申請に切り替え可能';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await (await importFile(contact, 'request_tasks', file, 'survey.xlsx')).json();
    expect(preview.summary).toMatchObject({ changed: 1, errors: 0, create: 0 });
    expect((await importFile(contact, 'request_tasks', file, 'survey.xlsx', false)).status).toBe(200);
    const after = await server.db('request_tasks').where({ id: task.id }).first();
    expect([after.frequency, after.times_per_year, after.months, after.dept_opinion]).toEqual(['quarterly', 4, '[1,4,7,10]', '電子申請に切り替え可能']);
  });

  it('refuses imports the caller may not make', async () => {
    const csv = '業務コード,年度,依頼業務名\r\nC-001,2026,別の名前\r\n';
    expect((await importFile(await server.as('viewer'), 'request_tasks', csv, 'x.csv')).status).toBe(403);
    const own = await server.db('request_tasks').where({ requesting_department_id: contactDept }).whereIn('status', ['not_started', 'surveying']).first();
    const other = await server.db('request_tasks').whereNot({ requesting_department_id: contactDept }).first();
    const file = `業務コード,年度,依頼業務名,負担感\r\n${own.task_code},2026,${own.title}（改）,${own.burden_level}\r\n${other.task_code},2026,${other.title},1\r\n`;
    const preview = await (await importFile(contact, 'request_tasks', file, 'x.csv')).json();
    expect(preview.rows.find((r: { row: number }) => r.row === 2).errors).toEqual([{ column: '依頼業務名', message: 'この項目を変更する権限がありません' }]);
    expect(preview.rows.find((r: { row: number }) => r.row === 3).errors[0].message).toBe('このデータを取り込む権限がありません');
    const before = await tableHash('request_tasks');
    expect((await importFile(contact, 'request_tasks', file, 'x.csv', false)).status).toBe(403);
    expect(await tableHash('request_tasks')).toBe(before);
    expect((await importFile(secretariat, 'users', csv, 'x.csv')).status).toBe(404);
    const status = await (await importFile(secretariat, 'request_tasks', `業務コード,年度,状態\r\n${own.task_code},2026,決定\r\n`, 'x.csv')).json();
    expect(status.rows[0].errors).toContainEqual({ column: '状態', message: expect.stringContaining('取り込みでは変更できません') });
  });

  it('creates new centres by name, resolving the ward by its name and the kind by its Japanese label', async () => {
    const file = '名称,区,種別,指定避難所\r\nサンプル市民センター,小倉北区,市民センター,はい\r\n';
    const preview = await (await importFile(secretariat, 'citizen_centers', file, 'c.csv')).json();
    expect(preview.summary).toMatchObject({ create: 1, errors: 0 });
    expect((await importFile(secretariat, 'citizen_centers', file, 'c.csv', false)).status).toBe(200);
    const ward = await server.db('wards').where({ name: '小倉北区' }).first();
    const created = await server.db('citizen_centers').where({ name: 'サンプル市民センター' }).first();
    expect({ ...created, is_shelter: Boolean(created.is_shelter) }).toMatchObject({ ward_id: ward.id, kind: 'center', is_shelter: true });
  });

  it('reports unknown reference names, bad labels and missing key columns in Japanese', async () => {
    const file = '局・区役所,課,種別\r\n架空局,架空課,存在しない種別\r\n';
    const preview = await (await importFile(secretariat, 'departments', file, 'd.csv')).json();
    expect(preview.rows[0].errors).toEqual([{ column: '種別', message: '選択肢から選んでください' }]);
    const missing = await importFile(secretariat, 'departments', '課\r\n総務課\r\n', 'd.csv');
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toMatch(/^照合に必要な列がありません: 局・区役所（/);
    const center = await server.db('citizen_centers').orderBy('id').first();
    const unknown = await (await importFile(secretariat, 'citizen_centers', `名称,区\r\n${center.name},架空区\r\n`, 'c.csv')).json();
    expect(unknown.rows[0].errors).toEqual([{ column: '区', message: '「架空区」に該当するデータが見つかりません' }]);
  });

  it('answers 413 in Japanese for a file over the size limit', async () => {
    const res = await importFile(secretariat, 'departments', Buffer.alloc(21 * 1024 * 1024, 0x41), 'big.csv');
    expect(res.status).toBe(413);
    expect((await res.json()).message).toContain('ファイルが大きすぎます');
  });
});
