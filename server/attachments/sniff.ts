import { fileTypeFromBuffer } from 'file-type';
import { extname } from 'node:path';
import { acceptedTypes } from '../../db/attachments';
import { badRequest } from '../errors';

const kinds = '写真（JPEG・PNG・WebP）か資料（PDF・Excel・Word・PowerPoint）';

/** The file's type from its bytes; its name must agree (an HTML or SVG page named .jpg is refused). */
export const sniff = async (bytes: Buffer, fileName: string) => {
  const detected = await fileTypeFromBuffer(bytes);
  const type = detected && acceptedTypes[detected.ext];
  if (!type) {
    throw badRequest(`「${fileName}」は登録できない種類のファイルです。${kinds}を選んでください`, { file: `${kinds}を選んでください` });
  }
  const own = extname(fileName).slice(1).toLowerCase();
  if (!type.extensions.includes(own)) {
    const expected = type.extensions.map((e) => `.${e}`).join('・');
    throw badRequest(`「${fileName}」は名前の拡張子と中身が一致しません（中身は ${expected} の形式です）。正しいファイルか確かめてください`, {
      file: 'ファイル名の拡張子と中身が一致しません',
    });
  }
  return { ...type, ext: detected.ext };
};
