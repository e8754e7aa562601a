import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { filePath, filesDirFor } from './files';

/** The attachment files of a backup sit beside it: console-20270223-020000.db → console-20270223-020000.files/. */
export const backupFilesDir = (backupFile: string) => backupFile.replace(/\.db$/, '') + '.files';

const referenced = (databaseFile: string): string[] => {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'attachments'").get();
    return hasTable ? (db.prepare('select distinct sha256 from attachments').pluck().all() as string[]) : [];
  } finally {
    db.close();
  }
};

const storedIn = (dir: string): string[] => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name)).map((e) => e.name);
};

const copyInto = (from: string, to: string, sha256: string) => {
  const target = filePath(to, sha256);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(filePath(from, sha256), target, constants.COPYFILE_FICLONE);
};

/** Files first, the snapshot then: every row of the snapshot finds its file (written before its row committed). */
export const backupFiles = (live: string) => {
  const from = filesDirFor(live);
  const early = new Set(storedIn(from));
  return {
    before: (target: string) => {
      for (const sha of early) {
        if (existsSync(filePath(from, sha))) copyInto(from, backupFilesDir(target), sha);
        else early.delete(sha);
      }
    },
    after: (target: string) => {
      const to = backupFilesDir(target);
      const needed = new Set(referenced(target));
      for (const sha of needed) {
        if (early.has(sha)) continue;
        if (!existsSync(filePath(from, sha))) return `添付ファイル ${sha.slice(0, 12)}… がバックアップ中に削除されました。もう一度実行してください`;
        copyInto(from, to, sha);
      }
      for (const sha of early) if (!needed.has(sha)) rmSync(filePath(to, sha));
      return undefined;
    },
  };
};

const intact = (dir: string, sha256: string) =>
  existsSync(filePath(dir, sha256)) && createHash('sha256').update(readFileSync(filePath(dir, sha256))).digest('hex') === sha256;

/** Every file the backup's rows need, checked against its hash, or the reason it cannot be restored. */
export const checkBackupFiles = (source: string) => {
  const dir = backupFilesDir(source);
  const missing = referenced(source).filter((sha) => !intact(dir, sha));
  return missing.length ? `${source} の添付ファイルが ${missing.length} 件欠けているか壊れています（${dir}）。別のバックアップを使ってください` : undefined;
};

/** Adds the backup's files to the files folder; files already there are the same bytes (content-addressed) and stay. */
export const restoreFiles = (source: string, live: string) => {
  const [from, to] = [backupFilesDir(source), filesDirFor(live)];
  for (const sha of referenced(source)) if (!existsSync(filePath(to, sha))) copyInto(from, to, sha);
};

export const removeBackupFiles = (target: string) => rmSync(backupFilesDir(target), { recursive: true, force: true });

