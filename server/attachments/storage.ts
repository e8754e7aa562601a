import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { filePath } from '../../db/files';
import type { Db } from '../store';

export const readStored = (dir: string, sha256: string) => readFile(filePath(dir, sha256));

const previewPath = (dir: string, sha256: string, size: number) => join(dir, 'previews', String(size), `${sha256}.webp`);

/** A resized copy of a stored photo, made once and kept beside the files (not part of backups: it can be made again). */
export const cachedPreview = async (dir: string, sha256: string, size: number, make: (bytes: Buffer) => Promise<Buffer>) => {
  const path = previewPath(dir, sha256, size);
  if (existsSync(path)) return readFile(path);
  const image = await make(await readStored(dir, sha256));
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, image);
  await rename(temporary, path);
  return image;
};

/** Removes the file (and its previews) once no attachment row refers to it any more. */
export const removeUnreferenced = async (db: Db, dir: string, sha256: string, sizes: readonly number[] = []) => {
  if (await db('attachments').where({ sha256 }).first('id')) return;
  await rm(filePath(dir, sha256), { force: true });
  for (const size of sizes) await rm(previewPath(dir, sha256, size), { force: true });
};
