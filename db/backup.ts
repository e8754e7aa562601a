import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { backupFiles, checkBackupFiles, removeBackupFiles, restoreFiles } from './backupFiles';
import { connect, migrate } from './connection';
import { migrationSource } from './migrations';

export class BackupRefused extends Error {}

const refuse = (message: string): never => {
  throw new BackupRefused(message);
};

const sqliteOnly = () => {
  if (process.env.DATABASE_URL) {
    refuse('DATABASE_URL（PostgreSQL）のデータベースは npm run backup / restore では扱えません。pg_dump と pg_restore を使ってください');
  }
};

const stamp = (now: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'medium' }).format(now).replace(/[-:]/g, '').replace(' ', '-');

const fsync = (path: string) => {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

const sidecars = ['-wal', '-shm', '-journal'];
const removeSidecars = (file: string) => sidecars.forEach((suffix) => rmSync(file + suffix, { force: true }));
const removeWithSidecars = (file: string) => {
  rmSync(file, { force: true });
  removeSidecars(file);
};

const dropSessions = (file: string) => {
  const db = new Database(file);
  try {
    db.pragma('secure_delete = ON');
    db.exec('DELETE FROM sessions');
  } finally {
    db.close();
  }
};

export const backup = (live: string, dir: string, now = new Date()) => {
  sqliteOnly();
  if (!existsSync(live)) refuse(`データベースファイルがありません: ${live}`);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(live, '.db')}-${stamp(now)}.db`);
  if (existsSync(target)) refuse(`同じ名前のバックアップがすでにあります: ${target}`);
  const files = backupFiles(live);
  files.before(target);
  const db = new Database(live, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  dropSessions(target);
  fsync(target);
  const problem = files.after(target);
  if (problem) {
    rmSync(target, { force: true });
    removeBackupFiles(target);
    refuse(problem);
  }
  return target;
};

const isSqliteFile = (file: string) => {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
};

const checkMigrationLevel = async (db: Database.Database, source: string) => {
  const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'knex_migrations'").get();
  if (!hasTable) refuse(`${source} は管理コンソールのデータベースではありません（マイグレーションの記録がありません）`);
  const applied = db.prepare('select name from knex_migrations order by id').pluck().all() as string[];
  const known = await migrationSource.getMigrations([]);
  applied.forEach((name, i) => {
    if (name === known[i]) return;
    if (i >= known.length || name > known[known.length - 1]) {
      refuse(`${source} はこのプログラムより新しい版のデータベースです（${name}）。プログラムを更新してから復元してください`);
    }
    refuse(`${source} のマイグレーション ${name} はこのプログラムにありません。管理コンソールのバックアップか確認してください`);
  });
};

const verify = async (db: Database.Database, source: string) => {
  try {
    const [result] = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (result !== 'ok') refuse(`${source} は壊れています（integrity_check: ${result}）。別のバックアップを使ってください`);
    await checkMigrationLevel(db, source);
  } catch (err) {
    if (err instanceof Database.SqliteError) refuse(`${source} は壊れています（${err.message}）。別のバックアップを使ってください`);
    throw err;
  }
};

const copyChecked = async (source: string, staging: string) => {
  if (!existsSync(source)) refuse(`復元するファイルがありません: ${source}`);
  if (!isSqliteFile(source)) refuse(`${source} は SQLite のデータベースではありません`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await verify(db, source);
    const missing = checkBackupFiles(source);
    if (missing) refuse(missing);
    db.prepare('VACUUM INTO ?').run(staging);
  } finally {
    db.close();
  }
};

const migrateStaging = async (staging: string) => {
  const db = connect(staging);
  try {
    await db.migrate.forceFreeMigrationsLock();
    await migrate(db);
    await db('sessions').del();
  } finally {
    await db.destroy();
  }
  fsync(staging);
};

const lockIfStopped = (live: string) => {
  if (!existsSync(live)) return undefined;
  const db = new Database(live, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') refuse(`${live} は使用中です（サーバーが動いています）。サーバーを停止してから復元してください`);
    if (err instanceof Database.SqliteError) return undefined;
    throw err;
  }
};

const keepCopy = (live: string, kept: string) => {
  for (const suffix of ['', '-wal']) {
    if (!existsSync(live + suffix) || statSync(live + suffix).size === 0) continue;
    copyFileSync(live + suffix, kept + suffix);
    fsync(kept + suffix);
  }
};

export const restore = async (source: string, live: string, now = new Date()) => {
  sqliteOnly();
  if (resolve(source) === resolve(live)) refuse('復元するファイルと復元先のデータベースが同じです');
  mkdirSync(dirname(live), { recursive: true });
  const staging = join(dirname(live), `${basename(live, '.db')}-restoring.db`);
  const kept = existsSync(live) ? join(dirname(live), `${basename(live, '.db')}-before-restore-${stamp(now)}.db`) : undefined;
  if (kept && existsSync(kept)) refuse(`${kept} がすでにあります。少し待ってから再度お試しください`);
  let lock: Database.Database | undefined;
  try {
    removeWithSidecars(staging);
    await copyChecked(source, staging);
    await migrateStaging(staging);
    lock = lockIfStopped(live);
    if (kept) keepCopy(live, kept);
    restoreFiles(source, live);
  } catch (err) {
    removeWithSidecars(staging);
    throw err;
  } finally {
    lock?.close();
  }
  removeSidecars(live);
  renameSync(staging, live);
  fsync(dirname(live));
  return { kept };
};
