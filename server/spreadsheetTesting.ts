import ExcelJS from 'exceljs';
import type { Session } from './testServer';

export const workbookOf = async (buf: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  return workbook;
};

export const importFile = (session: Session, resource: string, file: Buffer | string, name: string, dryRun = true) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(typeof file === 'string' ? Buffer.from(file) : file)]), name);
  return session.fetch(`/${resource}/import${dryRun ? '?dry_run=1' : ''}`, { method: 'POST', body: form });
};
