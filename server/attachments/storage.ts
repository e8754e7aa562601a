import { rm, readFile } from 'node:fs/promises';
import { filePath } from '../../db/files';
import type { Db } from '../store';

export const readStored = (dir: string, sha256: string) => readFile(filePath(dir, sha256));

/** Removes the file once no attachment row refers to it any more. */
export const removeUnreferenced = async (db: Db, dir: string, sha256: string) => {
  if (await db('attachments').where({ sha256 }).first('id')) return;
  await rm(filePath(dir, sha256), { force: true });
};
