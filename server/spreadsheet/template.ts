import ExcelJS from 'exceljs';
import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { columnsOf, type Column } from '../../db/columns';
import { can, policy, surveyFields } from '../../db/policy';
import { fromRow } from '../../db/records';
import { requestTasks } from '../../db/schema';
import { access, refusal } from '../access';
import { parseId } from '../crud';
import { badRequest, notFound } from '../errors';
import type { Row } from '../store';
import { attachment } from './export';
import { choiceLabel, fiscalYearText, headerOf, keyHeader, no, yes } from './labels';
import { cellOf, numFmtOf, widthOf } from './values';

const resource = requestTasks;
const identity = ['task_code', 'fiscal_year', 'title', 'target_scope', 'category', 'status'];
const locked = { locked: true };
const unlocked = { locked: false };
const grey: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
/** The survey is answered by the 所管課担当: only the tasks they may still answer go into it. */
const answerable = policy.dept_contact.request_tasks!.editableWhile!.status as readonly string[];
const isSurveyField = (field: string) => (surveyFields as readonly string[]).includes(field);

const validationFor = (column: Column, lists: Map<string, string>): ExcelJS.DataValidation | undefined => {
  const error = { showErrorMessage: true, errorTitle: '入力エラー', allowBlank: column.nullable };
  if (column.kind === 'enum') return { type: 'list', formulae: [lists.get(column.name)!], error: '一覧から選んでください', ...error };
  if (column.kind === 'boolean') return { type: 'list', formulae: [`"${yes},${no}"`], error: 'はい・いいえから選んでください', ...error };
  if (column.name === 'burden_level') return { type: 'whole', operator: 'between', formulae: [1, 5], error: '1〜5の整数を入力してください', ...error };
  if (column.kind === 'integer') return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: '0以上の整数を入力してください', ...error };
  if (column.kind === 'number') return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: '0以上の数値を入力してください', ...error };
  if (column.kind === 'set') return { type: 'custom', formulae: ['TRUE'], showInputMessage: true, promptTitle: '実施月', prompt: '例: 4月、10月', allowBlank: true };
  return undefined;
};

const choiceSheet = (workbook: ExcelJS.Workbook, columns: Column[]) => {
  const sheet = workbook.addWorksheet('選択肢', { state: 'hidden' });
  const lists = new Map<string, string>();
  columns.filter((c) => c.kind === 'enum').forEach((column, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    column.choices!.forEach((code, n) => (sheet.getCell(`${letter}${n + 1}`).value = choiceLabel(resource, column.name, code)));
    lists.set(column.name, `'選択肢'!$${letter}$1:$${letter}$${column.choices!.length}`);
  });
  return lists;
};

export const surveyTemplate = (db: Knex): RequestHandler => async (req, res) => {
  const departmentId = parseId(req.query.department_id);
  access(req, resource.name).require('read');
  if (!can(req.actor!, resource.name, 'read', { requesting_department_id: departmentId })) {
    throw refusal(req, resource.name, 'この所管課の調査票をダウンロードする権限がありません');
  }
  const department = await db('departments').where({ id: departmentId }).first();
  if (!department) throw notFound();
  const years: number[] = await db(resource.name).where({ requesting_department_id: departmentId }).distinct('fiscal_year').pluck('fiscal_year');
  if (!years.length && req.query.fiscal_year === undefined) throw badRequest(`${department.bureau} ${department.section}の依頼業務はまだ登録されていません`);
  const fiscalYear = req.query.fiscal_year === undefined ? Math.max(0, ...years) : Number(req.query.fiscal_year);
  if (!Number.isSafeInteger(fiscalYear)) throw badRequest('年度 (fiscal_year) は西暦の整数で指定してください');
  const rows: Row[] = (await db(resource.name).where({ requesting_department_id: departmentId, fiscal_year: fiscalYear })
    .whereIn('status', answerable).orderBy('task_code')).map((r: Row) => fromRow(resource, r));
  if (!rows.length) throw badRequest(`${department.bureau} ${department.section}の${fiscalYearText(fiscalYear)}の業務に、回答を受け付けているもの（未着手・所管課照会中）はありません`);

  const all = columnsOf(resource);
  const columns = [...identity, ...surveyFields].map((f) => all.find((c) => c.name === f)!);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('調査票', { views: [{ state: 'frozen', ySplit: 1, xSplit: 4 }] });
  const lists = choiceSheet(workbook, columns);
  sheet.columns = [
    { header: keyHeader, width: 14, hidden: true },
    ...columns.map((c) => {
      const header = headerOf(resource, c.name);
      return { header, width: widthOf(resource, c, header), style: { numFmt: numFmtOf(c), protection: locked } };
    }),
  ];
  sheet.getRow(1).eachCell((cell) => Object.assign(cell, { font: { bold: true }, fill: grey, protection: locked }));
  const titles = { title: (_: string, id: unknown) => id };
  const rules = columns.map((c) => (isSurveyField(c.name) ? validationFor(c, lists) : undefined));
  for (const record of rows) {
    const row = sheet.addRow([JSON.stringify([record.fiscal_year, record.task_code]), ...columns.map((c) => cellOf(resource, c, record[c.name], titles, 'xlsx'))]);
    const editable = can(req.actor!, resource.name, 'update', record);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 2);
      const open = editable && isSurveyField(column.name);
      Object.assign(cell, { protection: open ? unlocked : locked, ...(open ? {} : { fill: grey }) });
      if (open && rules[i]) cell.dataValidation = rules[i]!;
    });
    Object.assign(row.getCell(1), { protection: locked });
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  attachment(res, 'survey', `調査票_${department.bureau}${department.section}_${fiscalYearText(fiscalYear)}`, 'xlsx');
  await workbook.xlsx.write(res);
  res.end();
};
