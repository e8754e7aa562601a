import type { Knex } from 'knex';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { databaseFileOf, defaultDatabaseFile } from './connection';

/** The attachment files of a console: FILES_DIR, else `files/` beside the database file (data/files for PostgreSQL). */
export const filesDirFor = (databaseFile: string = defaultDatabaseFile) => process.env.FILES_DIR || join(dirname(databaseFile), 'files');

export const filesDirOf = (db: Knex | Knex.Transaction) => filesDirFor(databaseFileOf(db as Knex));

/** Content-addressed: ab/cd/abcd… by the SHA-256 of the stored bytes. */
export const filePath = (dir: string, sha256: string) => join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Writes the bytes under their hash (written in full and synced before they get the name); `written` is false when they were there already. */
export const writeFile = async (dir: string, bytes: Buffer) => {
  const sha256 = sha256Of(bytes);
  const path = filePath(dir, sha256);
  if (existsSync(path)) return { sha256, written: false };
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  return { sha256, written: true };
};
