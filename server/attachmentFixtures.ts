import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Session } from './testServer';

/** A JPEG straight from a camera: make, model and the GPS position of where it was taken. */
export const photoWithGps = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).jpeg().withExif({
  IFD0: { Make: 'SampleCam', Model: 'X1' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 53/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '130/1 52/1 30/1' },
}).toBuffer();

export const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();

/** A distinct small PDF each call (its hash is new). */
export const pdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n%'), randomBytes(16), Buffer.from('\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')]);

export const xlsx = async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('一覧').addRow(['事例', '参加者']);
  return Buffer.from(await book.xlsx.writeBuffer());
};

export const upload = (session: Session, path: string, bytes: Buffer, name: string, fields: Record<string, string> = {}, type = 'application/octet-stream') => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return session.fetch(`${path}/attachments`, { method: 'POST', body: form });
};
