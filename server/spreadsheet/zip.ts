import yauzl from 'yauzl';
import { badRequest, HttpError } from '../errors';

export const maxInflatedBytes = 150 * 1024 * 1024;
export const maxEntries = 500;

const tooLarge = () => new HttpError(413, `Excel ファイルの展開後の大きさが上限（${maxInflatedBytes / 1024 / 1024}MB）を超えています。行や列を減らして分けて取り込んでください`);

export const inspectZip = async (buf: Buffer) => {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true });
  } catch {
    throw badRequest('Excel ファイルを読み取れませんでした。ファイルが壊れていないか確認してください');
  }
  if (zip.entryCount > maxEntries) throw tooLarge();
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > maxInflatedBytes) {
        zip.close();
        reject(tooLarge());
      } else zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', () => reject(badRequest('Excel ファイルを読み取れませんでした。ファイルが壊れていないか確認してください')));
    zip.readEntry();
  });
};
