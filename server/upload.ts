import type { Request, Response } from 'express';
import multer from 'multer';
import { badRequest, HttpError } from './errors';

const megabytes = (bytes: number) => `${bytes / 1024 / 1024}MB`;

/** Reads one multipart file (field `file`) into memory, refusing a larger one with a Japanese 413 before it is all read. */
export const fileReceiver = (fileBytes: number, fields = 5) => {
  const upload = multer({
    storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: fileBytes, files: 1, fields, fieldSize: 8192 },
  }).single('file');
  return (req: Request, res: Response) => new Promise<void>((resolve, reject) => {
    upload(req, res, (err: unknown) => {
      if (!err) return resolve();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
        return reject(new HttpError(413, `ファイルが大きすぎます。${megabytes(fileBytes)} 以下のファイルを選んでください`));
      }
      reject(badRequest('ファイルの送信形式が正しくありません (multipart/form-data の file 欄で送ってください)'));
    });
  });
};
