import knex, { type Knex } from 'knex';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import './dialects/postgres';
import { migrationSource } from './migrations';
import { bigrams } from './search';

export const defaultDatabaseFile = 'data/console.db';

type SqliteConnection = {
  pragma: (sql: string) => unknown;
  prepare: (sql: string) => unknown;
  function: (name: string, options: { deterministic: boolean }, fn: (text: unknown) => string) => unknown;
};

const cachedStatements = 500;

const cachePrepared = (conn: SqliteConnection) => {
  const prepare = conn.prepare.bind(conn);
  const cache = new Map<string, unknown>();
  conn.prepare = (sql) => {
    let statement = cache.get(sql);
    if (statement) cache.delete(sql);
    else statement = prepare(sql);
    cache.set(sql, statement);
    if (cache.size > cachedStatements) cache.delete(cache.keys().next().value!);
    return statement;
  };
};

const sqlite = (filename: string): Knex.Config => {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  return {
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = FULL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        conn.function('search_bigrams', { deterministic: true }, (text: unknown) => bigrams(String(text ?? '')));
        cachePrepared(conn);
        done(null, conn);
      },
    },
  };
};

export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

const postgres = (url: string): Knex.Config => ({ client: 'pg', connection: url, pool: { min: 0, max: 10 } });

/** A database file (SQLite) or a postgres:// address; DATABASE_URL, then DATABASE_FILE, then data/console.db. */
export const defaultLocation = () => process.env.DATABASE_URL || process.env.DATABASE_FILE || defaultDatabaseFile;

const locations = new WeakMap<Knex, string>();

export const connect = (location = defaultLocation()): Knex => {
  const db = knex({ ...(isPostgresUrl(location) ? postgres(location) : sqlite(location)), migrations: { migrationSource } });
  locations.set(db, location);
  return db;
};

export const isPostgres = (db: Knex) => db.client.config.client === 'pg';

/** Where `connect` found this database, for a job process to open it too. */
export const locationOf = (db: Knex) => locations.get(db) ?? (db.client.config.connection as { filename: string }).filename;

export const databaseFileOf = (db: Knex) => (isPostgres(db) ? undefined : locationOf(db));

export const migrate = (db: Knex) => db.migrate.latest();

export const isEmpty = async (db: Knex) => {
  const row = await db('wards').count({ n: '*' }).first();
  return Number(row?.n ?? 0) === 0;
};

/** The rows of a raw select on either database (better-sqlite3 answers the rows, pg an object holding them). */
export const selectRows = async <T = Record<string, unknown>>(db: Knex | Knex.Transaction, sql: string, bindings: readonly Knex.RawBinding[] = []) => {
  const result = await db.raw(sql, bindings);
  return (Array.isArray(result) ? result : result.rows) as T[];
};
