import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { badRequest } from '../errors';

export type Raw = string | number | boolean | Date | null;

export interface Sheet {
  format: 'xlsx' | 'csv';
  encoding?: 'UTF-8' | 'Shift_JIS';
  headers: string[];
  rows: { row: number; cells: Raw[] }[];
}

export const maxRows = 50_000;

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

const fromRecords = (records: Raw[][], numberOf: (index: number) => number) => {
  const [header = [], ...body] = records;
  const headers = header.map((h) => (h == null ? '' : String(h).trim()));
  if (!headers.some(Boolean)) throw badRequest('1行目に見出し（項目名）の行がありません');
  const rows = body.map((cells, i) => ({ row: numberOf(i + 1), cells })).filter((r) => !isEmpty(r.cells));
  if (rows.length > maxRows) throw badRequest(`一度に取り込めるのは ${maxRows.toLocaleString()} 行までです`);
  return { headers, rows };
};

const readXlsx = async (buf: Buffer): Promise<Sheet> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw badRequest('Excel ファイルを読み取れませんでした。ファイルが壊れていないか確認してください');
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw badRequest('Excel ファイルにシートがありません');
  const records: Raw[][] = [];
  const numbers: number[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    numbers.push(row.number);
    records.push(Array.from({ length: width }, (_, i) => plain(values[i + 1])));
  });
  if (numbers[0] !== 1) throw badRequest('1行目に見出し（項目名）の行を置いてください');
  return { format: 'xlsx', ...fromRecords(records, (i) => numbers[i]) };
};

const decode = (buf: Buffer): [string, Sheet['encoding']] => {
  const body = startsWith(buf, [0xef, 0xbb, 0xbf]) ? buf.subarray(3) : buf;
  try {
    return [new TextDecoder('utf-8', { fatal: true }).decode(body), 'UTF-8'];
  } catch {
    return [iconv.decode(body, 'cp932'), 'Shift_JIS'];
  }
};

const readCsv = (buf: Buffer): Sheet => {
  const [text, encoding] = decode(buf);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false });
  } catch (err) {
    throw badRequest(`CSV の形式が正しくありません（${(err as { lines?: number }).lines ?? '?'}行目付近）`);
  }
  return { format: 'csv', encoding, ...fromRecords(records, (i) => i + 1) };
};

export const readSheet = async (buf: Buffer): Promise<Sheet> => {
  if (!buf.length) throw badRequest('ファイルが空です');
  if (startsWith(buf, zip)) return readXlsx(buf);
  if (startsWith(buf, ole)) throw badRequest('古い Excel 形式 (.xls) には対応していません。.xlsx 形式で保存し直してください');
  return readCsv(buf);
};
