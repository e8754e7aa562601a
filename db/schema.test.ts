import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { columnsOf, systemColumns } from './columns';
import { connect, isPostgres, migrate } from './connection';
import { resources } from './schema';
import { searchIndexOf } from './search';
import { testDatabase } from './testDatabase';

let db: Knex;
let database: Awaited<ReturnType<typeof testDatabase>>;
const dir = mkdtempSync(join(tmpdir(), 'console-schema-'));

beforeAll(async () => {
  database = await testDatabase(join(dir, 'schema.db'));
  db = connect(database.location);
  await migrate(db);
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

const postgresKeys = `select kcu.column_name as "from", ccu.table_name as "table"
  from information_schema.table_constraints tc
  join information_schema.key_column_usage kcu on tc.constraint_name = kcu.constraint_name
  join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name
  where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = ?`;

const foreignKeys = async (table: string): Promise<{ from: string; table: string }[]> =>
  isPostgres(db) ? (await db.raw(postgresKeys, [table])).rows : db.raw(`pragma foreign_key_list(${table})`);

describe('the migrated tables match db/schema/', () => {
  it.each(resources.map((r) => [r.name, r] as const))('%s has exactly the columns of its schema', async (_, resource) => {
    const info = await db(resource.name).columnInfo();
    const expected = [...systemColumns, ...columnsOf(resource).map((c) => c.name), ...resource.internal, ...(resource.search.length ? ['search_text'] : [])];
    expect(Object.keys(info).sort()).toEqual(expected.sort());
  });

  it.each(resources.map((r) => [r.name, r] as const))('%s allows NULL exactly where its schema does', async (_, resource) => {
    const info = await db(resource.name).columnInfo();
    const actual = Object.fromEntries(columnsOf(resource).map((c) => [c.name, info[c.name].nullable]));
    const expected = Object.fromEntries(columnsOf(resource).map((c) => [c.name, c.nullable]));
    expect(actual).toEqual(expected);
  });

  it.each(resources.map((r) => [r.name, r] as const))('%s has a foreign key for every reference', async (_, resource) => {
    const keys = await foreignKeys(resource.name);
    const actual = Object.fromEntries(keys.map((k) => [k.from, k.table]));
    expect(actual).toEqual(resource.references);
  });

  it.each(resources.filter((r) => r.search.length).map((r) => [r.name] as const))('%s has the index behind its keyword search', async (name) => {
    const found = isPostgres(db)
      ? await db('pg_indexes').where({ tablename: name, indexname: `${name}_search_text_trgm` }).first()
      : await db('sqlite_master').where({ name: searchIndexOf(name) }).first();
    expect(found).toBeTruthy();
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)('sets the durability pragmas on every SQLite connection', async () => {
    const [journal] = await db.raw('pragma journal_mode');
    const [sync] = await db.raw('pragma synchronous');
    const [fk] = await db.raw('pragma foreign_keys');
    const [busy] = await db.raw('pragma busy_timeout');
    expect([journal.journal_mode, sync.synchronous, fk.foreign_keys, busy.timeout]).toEqual(['wal', 2, 1, 5000]);
  });
});
