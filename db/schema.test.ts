import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { columnsOf, systemColumns } from './columns';
import { connect, migrate } from './connection';
import { resources } from './schema';

let db: Knex;
const dir = mkdtempSync(join(tmpdir(), 'console-schema-'));

beforeAll(async () => {
  db = connect(join(dir, 'schema.db'));
  await migrate(db);
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the migrated tables match db/schema.ts', () => {
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
    const keys: { from: string; table: string }[] = await db.raw(`pragma foreign_key_list(${resource.name})`);
    const actual = Object.fromEntries(keys.map((k) => [k.from, k.table]));
    expect(actual).toEqual(resource.references);
  });

  it('sets the durability pragmas on every connection', async () => {
    const [journal] = await db.raw('pragma journal_mode');
    const [sync] = await db.raw('pragma synchronous');
    const [fk] = await db.raw('pragma foreign_keys');
    const [busy] = await db.raw('pragma busy_timeout');
    expect([journal.journal_mode, sync.synchronous, fk.foreign_keys, busy.timeout]).toEqual(['wal', 2, 1, 5000]);
  });
});
