import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenByDefault, requestTaskColumns } from '../client/src/request_tasks/columns';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
});
afterAll(() => server.close());

const q = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
const exported = async (resource: string, params: Record<string, unknown>) => {
  const res = await secretariat.fetch(`/${resource}/export?${q(params)}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const csvRows = (buf: Buffer): string[][] => parse(buf.toString('utf8').replace(/^\uFEFF/, ''));
const csvFile = (rows: string[][]) => `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
const importFile = async (resource: string, file: Buffer | string, name: string, dryRun = true) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(typeof file === 'string' ? Buffer.from(file) : file)]), name);
  const res = await secretariat.fetch(`/${resource}/import${dryRun ? '?dry_run=1' : ''}`, { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
};

describe('the console’s own exports re-import', () => {
  const defaultView = requestTaskColumns.filter((c) => !hiddenByDefault.includes(c));

  it('adds the key columns the import matches on to a CSV of the default task view, which hides 年度', async () => {
    expect(defaultView).not.toContain('fiscal_year');
    const body = await exported('request_tasks', { format: 'csv', filter: { fiscal_year: 2026 }, sort: ['task_code', 'ASC'], fields: defaultView });
    const rows = csvRows(body);
    expect(rows[0].slice(0, 3)).toEqual(['年度', '業務コード', '依頼業務名']);
    expect(rows[1][0]).toBe('令和8年度');
    const unchanged = await importFile('request_tasks', body, 'tasks.csv');
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.summary).toMatchObject({ rows: 344, update: 344, changed: 0, errors: 0 });

    rows[1][2] = `${rows[1][2]}（電子化）`;
    const applied = await importFile('request_tasks', csvFile(rows), 'tasks.csv', false);
    expect(applied.status).toBe(200);
    expect((await server.db('request_tasks').where({ task_code: rows[1][1], fiscal_year: 2026 }).first()).title).toBe(rows[1][2]);
  });

  it.each(['csv', 'xlsx'])('keeps text that starts with an apostrophe or a formula character unchanged through %s', async (format) => {
    const notes = ["'引用符で始まる備考", "'=1+1", '=1+1', "''二重", '-減額', '@担当', 'ふつうの備考'];
    const departments = await server.db('departments').orderBy('id').limit(notes.length);
    for (const [i, d] of departments.entries()) await server.db('departments').where({ id: d.id }).update({ note: notes[i] });
    const ids = departments.map((d) => d.id);
    const body = await exported('departments', { format, filter: { id: ids }, sort: ['id', 'ASC'], fields: ['note'] });
    if (format === 'csv') {
      const cells = csvRows(body).slice(1).map((r) => r.at(-1));
      expect(cells.every((c) => !/^[=+\-@]/.test(c!))).toBe(true);
    }
    const preview = await importFile('departments', body, `d.${format}`);
    expect(preview.body.summary).toMatchObject({ rows: notes.length, update: notes.length, changed: 0, errors: 0 });
    expect((await importFile('departments', body, `d.${format}`, false)).status).toBe(200);
    expect(await server.db('departments').whereIn('id', ids).orderBy('id').pluck('note')).toEqual(notes);
  });
});

describe('dates in imported files', () => {
  it('reads 和暦, R-abbreviations and 全角 digits, and names the cell of a date that does not exist', async () => {
    const tasks = await server.db('request_tasks').where({ fiscal_year: 2026 }).orderBy('task_code').limit(4);
    const typed = ['令和9年3月31日', 'R9.3.31', 'Ｒ９/３/３１', '令和9年2月30日'];
    const file = csvFile([['業務コード', '年度', '次回期限'], ...tasks.map((t, i) => [t.task_code, '令和8年度', typed[i]])]);
    const preview = await importFile('request_tasks', file, 'due.csv');
    expect(preview.body.summary).toMatchObject({ errors: 1 });
    expect(preview.body.rows.find((r: { row: number }) => r.row === 5).errors).toEqual([
      { column: '次回期限', message: expect.stringContaining('「令和9年2月30日」は日付として読めません') },
    ]);
    const fixed = file.replace('令和9年2月30日', '２０２７／３／３１');
    expect((await importFile('request_tasks', fixed, 'due.csv', false)).status).toBe(200);
    expect(await server.db('request_tasks').whereIn('id', tasks.map((t) => t.id)).pluck('next_action_due')).toEqual(Array(4).fill('2027-03-31'));
  });
});
