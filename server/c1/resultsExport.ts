import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import { canSeeResults } from '../../db/policy';
import { refusal } from '../access';
import { attachment } from '../spreadsheet/export';
import { resultsOf } from './results';
import { roundFor } from './sheets';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const one = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

const sheetOf = (workbook: ExcelJS.Workbook, name: string, headers: string[], rows: unknown[][]) => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  sheet.addRows(rows);
  sheet.columns.forEach((c, i) => { c.width = i === 2 ? 40 : 14; });
};

/** `GET /api/c1_rounds/:id/results.xlsx`: the ranking and every counted score sheet, for the record of the 審査会. A round is small (entries × judges), so it is written in the request. */
export const resultsWorkbook = (db: Knex) => async (req: Request, res: Response) => {
  if (!canSeeResults(req.actor!)) throw refusal(req, 'c1_score_sheets', '審査結果を閲覧する権限がありません');
  const round = await roundFor(db, req, req.params.id);
  const results = await resultsOf(db, round);
  const criteria = results[0]?.criteria ?? [];
  const judges = results[0]?.judges ?? [];
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, '順位表', ['順位', '応募番号', '取組名', '同順位', '合計(100点)', '審査員間の差', ...criteria.map((c) => `${c.name}(${c.weight})`), ...judges.map((j) => j.display_name)],
    results.map((r) => [r.rank, r.entry_no, r.title, r.tied ? '同順位' : '', one(r.total), one(r.spread), ...r.criteria.map((c) => c.mean),
      ...r.judges.map((j) => (j.conflict ? `利害関係（${j.conflict}）` : j.score === null ? '未' : one(j.score)))]));
  const sheets = await db('c1_score_sheets').where({ round_id: round.id });
  const counted = results.flatMap((r) => r.judges.filter((j) => j.score !== null).map((j) => ({ r, j, sheet: sheets.find((s) => s.entry_id === r.entry_id && s.judge_id === j.judge_id) })));
  sheetOf(workbook, '採点票', ['審査員', '応募番号', '取組名', ...criteria.map((c) => c.name), '得点(100点)', 'コメント'],
    counted.map(({ r, j, sheet }) => [j.display_name, r.entry_no, r.title, ...criteria.map((c) => JSON.parse(sheet.scores)[c.name]), one(j.score), sheet.comment]));
  const kind = choiceLabel('c1_rounds', 'kind', round.kind);
  res.set('Content-Type', xlsxType);
  attachment(res, 'c1_results', `審査結果_${kind}`, 'xlsx');
  res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
};
