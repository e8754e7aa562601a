import Database from 'better-sqlite3';
import type { Knex } from 'knex';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../server/testServer';
import { backup, BackupRefused, restore } from './backup';
import { backupFilesDir } from './backupFiles';
import { filePath, filesDirFor } from './files';
import { connect, databaseFileOf, migrate } from './connection';
import { migrationSource } from './migrations';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-backup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const wardNames = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('select name from wards order by id').pluck().all();
  } finally {
    db.close();
  }
};
const inspectWith = async <T>(file: string, read: (db: Knex) => Promise<T>) => {
  const db = connect(file);
  try {
    return await read(db);
  } finally {
    await db.destroy();
  }
};
const integrityOf = async (db: Knex) => (await db.raw('PRAGMA integrity_check'))[0].integrity_check;
const inspect = (file: string) =>
  inspectWith(file, async (db) => ({ integrity: await integrityOf(db), level: await db('knex_migrations').orderBy('id').pluck('name') }));
const knownLevel = () => migrationSource.getMigrations([]);

const stamp = '2026-04-01T00:00:00.000Z';
const newDatabase = async (file: string, wards: string[], steps?: number) => {
  const db = connect(file);
  if (steps === undefined) await migrate(db);
  else for (let i = 0; i < steps; i++) await db.migrate.up();
  for (const [i, name] of wards.entries()) await db('wards').insert({ code: String(480000 + i), name, sort_order: i, created_at: stamp, updated_at: stamp });
  await db.destroy();
};

const runScript = async (script: string, args: string[], env: Record<string, string>) => {
  const child = spawn('node_modules/.bin/tsx', [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  return { code, output };
};

describe('npm run backup while people work', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ sqlite: true });
  });
  afterAll(() => server.close());

  it('holds every row committed before it started, as one consistent snapshot that restores whole', async () => {
    const admin = await server.as('admin');
    const acknowledged: number[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const { data } = await admin.client.create('wards', { data: { code: String(490000 + n), name: `バックアップ確認${n}`, sort_order: 1 } });
        acknowledged.push(Number(data.id));
      }
    })();
    while (acknowledged.length < 20) await sleep(20);
    const committedBefore = [...acknowledged];
    const dir = tempDir();
    const { code, output } = await runScript('scripts/backup.ts', [join(dir, 'backups')], { DATABASE_FILE: databaseFileOf(server.db)! });
    const writtenDuringBackup = acknowledged.length - committedBefore.length;
    writing = false;
    await writer;
    expect(output).toContain('バックアップを作成しました');
    expect(code).toBe(0);
    expect(writtenDuringBackup).toBeGreaterThan(0);

    const [file] = readdirSync(join(dir, 'backups'));
    expect(file).toMatch(/^test-\d{8}-\d{6}\.db$/);
    const sid = decodeURIComponent(admin.cookie.split('=')[1]).slice(2).split('.')[0];
    expect(await server.db('sessions').where({ sid }).first()).toBeDefined();
    expect(readFileSync(join(dir, 'backups', file)).includes(sid)).toBe(false);
    const live = join(dir, 'restored', 'console.db');
    expect(await restore(join(dir, 'backups', file), live)).toEqual({ kept: undefined });
    const restored = await inspectWith(live, async (db) => ({
      ids: (await db('wards').where('name', 'like', 'バックアップ確認%').orderBy('id').pluck('id')).map(Number),
      audited: (await db('audit_events').where({ resource: 'wards', action: 'create' }).pluck('record_id')).map(Number),
      integrity: await integrityOf(db),
      sessions: (await db('sessions').count({ n: '*' }))[0].n,
    }));
    expect(restored.ids).toEqual(expect.arrayContaining(committedBefore));
    expect(restored.ids).toEqual(acknowledged.slice(0, restored.ids.length));
    expect(restored.audited).toEqual(expect.arrayContaining(restored.ids));
    expect(restored.integrity).toBe('ok');
    expect(restored.sessions).toBe(0);
  });

  it('keeps the attachment files with their rows, restores them into a new files folder, and refuses a backup missing one', async () => {
    const file = backup(databaseFileOf(server.db)!, join(tempDir(), 'backups'));
    const hashes: string[] = await server.db('attachments').distinct('sha256').pluck('sha256');
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.every((h) => existsSync(filePath(backupFilesDir(file), h)))).toBe(true);
    const target = join(tempDir(), 'console.db');
    await restore(file, target);
    expect(hashes.map((h) => sha(filePath(filesDirFor(target), h)))).toEqual(hashes);
    rmSync(filePath(backupFilesDir(file), hashes[0]));
    await expect(restore(file, join(tempDir(), 'other.db'))).rejects.toThrow(/添付ファイルが 1 件欠けているか壊れています/);
  });

  it('refuses to restore over the database while the server has it open, and leaves it untouched', async () => {
    const live = databaseFileOf(server.db)!;
    const file = backup(live, join(tempDir(), 'backups'));
    const before = sha(live);
    await expect(restore(file, live)).rejects.toThrow(/使用中です（サーバーが動いています）/);
    expect(sha(live)).toBe(before);
    expect(readdirSync(join(live, '..')).filter((name) => name.includes('restor'))).toEqual([]);
  });
});

describe('npm run restore', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('replaces a stopped database that crashed with writes in its WAL, keeps it beside, and leaves no stale WAL', async () => {
    const dir = tempDir();
    const live = join(dir, 'console.db');
    await newDatabase(live, ['バックアップ前']);
    const file = backup(live, join(dir, 'backups'));
    const crashing = spawn(process.execPath, ['-e', `
      const db = require('better-sqlite3')(${JSON.stringify(live)});
      db.pragma('journal_mode = WAL'); db.pragma('wal_autocheckpoint = 0'); db.function('search_bigrams', (text) => '');
      db.prepare("insert into wards (code, name, sort_order, created_at, updated_at) values ('480099', 'バックアップ後', 9, ?, ?)").run(${JSON.stringify(stamp)}, ${JSON.stringify(stamp)});
      console.log('written'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await once(crashing.stdout, 'data');
    crashing.kill('SIGKILL');
    await once(crashing, 'exit');
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);

    const { kept } = await restore(file, live);
    expect(kept).toMatch(/console-before-restore-\d{8}-\d{6}\.db$/);
    expect(readdirSync(dir).sort()).toEqual(['backups', basename(kept!), 'console.db'].sort());
    expect(wardNames(kept!)).toEqual(['バックアップ前', 'バックアップ後']);
    expect(wardNames(live)).toEqual(['バックアップ前']);
    const { integrity, level } = await inspect(live);
    expect(integrity).toBe('ok');
    expect(level).toEqual(await knownLevel());
  });

  it('brings a plain copy of an older version up to the current migration level, without its sessions', async () => {
    const dir = tempDir();
    await newDatabase(join(dir, 'old.db'), ['旧版の区'], 4);
    const old = new Database(join(dir, 'old.db'));
    old.prepare("insert into sessions (sid, sess, expired) values ('old-sid', '{}', '2999-01-01')").run();
    old.close();
    const live = join(dir, 'data', 'console.db');
    await restore(join(dir, 'old.db'), live);
    const { integrity, level } = await inspect(live);
    expect(integrity).toBe('ok');
    expect(level).toEqual(await knownLevel());
    expect(wardNames(live)).toEqual(['旧版の区']);
    expect(await inspectWith(live, (db) => db('sessions').pluck('sid'))).toEqual([]);
  });

  it('restores over a live file that is no database any more, keeping its bytes beside', async () => {
    const dir = tempDir();
    await newDatabase(join(dir, 'good.db'), ['正常な区']);
    const live = join(dir, 'console.db');
    writeFileSync(live, 'ディスク障害'.repeat(2000));
    const { kept } = await restore(join(dir, 'good.db'), live);
    expect(readFileSync(kept!, 'utf8')).toBe('ディスク障害'.repeat(2000));
    expect(wardNames(live)).toEqual(['正常な区']);
  });

  describe('refuses a file it must not restore, leaving the live database untouched', () => {
    let dir: string;
    let live: string;
    let good: string;
    beforeAll(async () => {
      dir = tempDir();
      live = join(dir, 'live', 'console.db');
      await newDatabase(live, ['現行の区']);
      good = backup(live, join(dir, 'backups'));
    });

    const damaged = () => {
      const bytes = readFileSync(good);
      bytes.fill(0xa5, 4096 * 2, bytes.length - 4096 * 2);
      writeFileSync(join(dir, 'damaged.db'), bytes);
      return join(dir, 'damaged.db');
    };
    const withLevel = (name: string, sql: string) => {
      const file = join(dir, name);
      writeFileSync(file, readFileSync(good));
      const db = new Database(file);
      db.exec(sql);
      db.close();
      return file;
    };
    const cases: [string, () => string, RegExp][] = [
      ['a missing file', () => join(dir, 'nothing.db'), /復元するファイルがありません/],
      ['a file that is not SQLite', () => (writeFileSync(join(dir, 'notes.db'), '区の一覧\n'.repeat(500)), join(dir, 'notes.db')), /SQLite のデータベースではありません/],
      ['an empty file', () => (writeFileSync(join(dir, 'empty.db'), ''), join(dir, 'empty.db')), /SQLite のデータベースではありません/],
      ['a damaged backup', damaged, /は壊れています/],
      ['a backup from a newer version', () => withLevel('newer.db', "insert into knex_migrations (name, batch, migration_time) values ('999_future', 9, 0)"), /より新しい版のデータベースです（999_future）/],
      ['a migration this program does not know', () => withLevel('foreign.db', "update knex_migrations set name = '003_other' where name = '003_dept_opinion'"), /マイグレーション 003_other はこのプログラムにありません/],
      ['a database of another program', () => withLevel('other.db', 'drop table knex_migrations'), /管理コンソールのデータベースではありません/],
    ];
    it.each(cases)('%s', async (_label, source, message) => {
      const before = sha(live);
      const listing = readdirSync(join(dir, 'live'));
      const file = source();
      const error = await restore(file, live).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(BackupRefused);
      expect((error as Error).message).toMatch(message);
      expect(sha(live)).toBe(before);
      expect(readdirSync(join(dir, 'live'))).toEqual(listing);
    });

    it('with DATABASE_URL set, points to pg_dump for both backup and restore', async () => {
      vi.stubEnv('DATABASE_URL', 'postgres://console@localhost/console');
      expect(() => backup(live, join(dir, 'backups'))).toThrow(/pg_dump/);
      await expect(restore(good, live)).rejects.toThrow(/pg_dump/);
      expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    });

    it('npm run restore says why in Japanese and exits 1', async () => {
      const { code, output } = await runScript('scripts/restore.ts', [join(dir, 'nothing.db')], { DATABASE_FILE: live });
      expect(code).toBe(1);
      expect(output).toContain('復元できません: 復元するファイルがありません');
    });
  });
});
