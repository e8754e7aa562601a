import './exceljsUtf8';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { badRequest, HttpError } from '../errors';
import { inspectZip } from './zip';

export type Raw = string | number | boolean | Date | null;

export interface Sheet {
  format: 'xlsx' | 'csv';
  encoding?: 'UTF-8' | 'Shift_JIS';
  headers: string[];
  rows: { row: number; cells: Raw[] }[];
}

export const maxRows = 50_000;
export const maxColumns = 200;
export const maxCellChars = 32_767;

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

const plain = (value: unknown): Raw => {
  if (value == null) return null;
  if (value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)) return value as Raw;
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (v.richText) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result);
  if (v.text !== undefined) return plain(v.text);
  return v.error ?? null;
};

const isEmpty = (cells: Raw[]) => cells.every((c) => c == null || (typeof c === 'string' && !c.trim()));

const collector = (format: Sheet['format']) => {
  const sheet: Sheet = { format, headers: [], rows: [] };
  let first = true;
  return {
    sheet,
    add(row: number, cells: Raw[]) {
      if (cells.length > maxColumns) throw new HttpError(413, `列が多すぎます（${row}行目）。取り込めるのは ${maxColumns} 列までです`);
      if (cells.some((c) => typeof c === 'string' && c.length > maxCellChars)) {
        throw new HttpError(413, `${row}行目に文字数が多すぎるセルがあります（1セル ${maxCellChars.toLocaleString()} 文字まで）`);
      }
      if (first) {
        first = false;
        if (row !== 1) throw badRequest('1行目に見出し（項目名）の行を置いてください');
        sheet.headers = cells.map((h) => (h == null ? '' : String(h).trim()));
        if (!sheet.headers.some(Boolean)) throw badRequest('1行目に見出し（項目名）の行がありません');
        return;
      }
      if (isEmpty(cells)) return;
      if (sheet.rows.length >= maxRows) throw badRequest(`一度に取り込めるのは ${maxRows.toLocaleString()} 行までです`);
      sheet.rows.push({ row, cells });
    },
    done() {
      if (first) throw badRequest('1行目に見出し（項目名）の行がありません');
      return sheet;
    },
  };
};

const unreadable = () => badRequest('Excel ファイルを読み取れませんでした。ファイルが壊れていないか確認してください');

const readXlsx = async (buf: Buffer, onRow: (rows: number) => void): Promise<Sheet> => {
  await inspectZip(buf);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buf), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
  });
  const rows = collector('xlsx');
  let found = false;
  try {
    for await (const sheet of reader) {
      const hidden = (sheet as { state?: string }).state;
      if (found || (hidden && hidden !== 'visible')) continue;
      found = true;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        rows.add(row.number, Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => plain(values[i + 1])));
        onRow(rows.sheet.rows.length);
      }
    }
  } catch (err) {
    throw err instanceof HttpError ? err : unreadable();
  }
  if (!found) throw badRequest('Excel ファイルに表示されているシートがありません');
  return rows.done();
};

const decode = (buf: Buffer): [string, Sheet['encoding']] => {
  const body = startsWith(buf, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
  try {
    return [new TextDecoder('utf-8', { fatal: true }).decode(body), 'UTF-8'];
  } catch {
    return [iconv.decode(body, 'cp932'), 'Shift_JIS'];
  }
};

const readCsv = async (buf: Buffer, onRow: (rows: number) => void): Promise<Sheet> => {
  const [text, encoding] = decode(buf);
  const rows = collector('csv');
  const parser = Readable.from([text]).pipe(parse({ relax_column_count: true, skip_empty_lines: false, max_record_size: maxColumns * maxCellChars }));
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rows.add(++line, record);
      onRow(rows.sheet.rows.length);
    }
  } catch (err) {
    parser.destroy();
    if (err instanceof HttpError) throw err;
    throw badRequest(`CSV の形式が正しくありません（${(err as { lines?: number }).lines ?? line + 1}行目付近）`);
  }
  return { ...rows.done(), encoding };
};

export const readSheet = async (buf: Buffer, onRow: (rows: number) => void = () => {}): Promise<Sheet> => {
  if (!buf.length) throw badRequest('ファイルが空です');
  if (startsWith(buf, zip)) return readXlsx(buf, onRow);
  if (startsWith(buf, ole)) throw badRequest('古い Excel 形式 (.xls) には対応していません。.xlsx 形式で保存し直してください');
  return readCsv(buf, onRow);
};
