import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { escapeCsv, type Cell } from './values';

export interface SheetColumn {
  header: string;
  width: number;
  numFmt?: string;
  hidden?: boolean;
}

export interface SheetWriter {
  write(rows: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

const drained = async (out: Writable) => {
  if (out.writableNeedDrain) await once(out, 'drain');
};

export const xlsxWriter = (out: Writable, name: string, columns: SheetColumn[]): SheetWriter => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, hidden: c.hidden }));
  const styles = columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  header.commit();
  return {
    async write(rows) {
      for (const values of rows) {
        const row = sheet.addRow(values);
        styles.forEach((style, i) => (row.getCell(i + 1).style = style));
        row.commit();
      }
      await drained(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
};

export const csvWriter = (out: Writable, columns: SheetColumn[]): SheetWriter => {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  csv.pipe(out);
  const put = async (row: Cell[]) => {
    if (!csv.write(row.map(escapeCsv))) await once(csv, 'drain');
  };
  const started = put(columns.map((c) => c.header));
  return {
    async write(rows) {
      await started;
      for (const row of rows) await put(row);
      await drained(out);
    },
    async end() {
      await started;
      csv.end();
      await once(out, 'finish');
    },
  };
};
