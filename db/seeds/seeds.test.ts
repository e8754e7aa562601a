import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemColumns } from '../columns';
import { connect, migrate } from '../connection';
import { fromRow } from '../records';
import { resources, type Resource } from '../schema';
import { validate } from '../validation';
import { seed } from './index';

const dir = mkdtempSync(join(tmpdir(), 'seeds-test-'));
const databases: Knex[] = [];

const freshSeededDb = async (name: string) => {
  const db = connect(join(dir, name));
  databases.push(db);
  await migrate(db);
  await seed(db);
  return db;
};

const count = async (query: Knex.QueryBuilder) => Number((await query.count({ n: '*' }).first())?.n);

let db: Knex;
let twin: Knex;

beforeAll(async () => {
  db = await freshSeededDb('first.db');
  twin = await freshSeededDb('second.db');
});

afterAll(async () => {
  await Promise.all(databases.map((d) => d.destroy()));
  rmSync(dir, { recursive: true, force: true });
});

describe('seed', () => {
  it('creates the 7 wards and all 135 citizen centres (130 centres + 5 sub-centres)', async () => {
    expect(await count(db('wards'))).toBe(7);
    expect(await count(db('citizen_centers').where({ kind: 'center' }))).toBe(130);
    expect(await count(db('citizen_centers').where({ kind: 'sub_center' }))).toBe(5);
  });

  it('creates exactly 144 community and 200 centre tasks for FY2026 with unique task codes', async () => {
    expect(await count(db('request_tasks').where({ fiscal_year: 2026, target_scope: 'community' }))).toBe(144);
    expect(await count(db('request_tasks').where({ fiscal_year: 2026, target_scope: 'center' }))).toBe(200);
    const codes: string[] = await db('request_tasks').pluck('task_code');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('puts between 55% and 75% of tasks on paper', async () => {
    const share = (await count(db('request_tasks').where({ channel: 'paper' }))) / (await count(db('request_tasks')));
    expect(share).toBeGreaterThanOrEqual(0.55);
    expect(share).toBeLessThanOrEqual(0.75);
  });

  it('gives every decided or later task a decision, rationale, effective date and decider', async () => {
    const rows = await db('request_tasks').whereIn('status', ['decided', 'implementing', 'implemented', 'verified']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.decision).not.toBeNull();
      expect(row.decision).not.toBe('undecided');
      expect(row.rationale).toBeTruthy();
      expect(row.effective_from).toBeTruthy();
      expect(row.decided_by).toBeTruthy();
    }
  });

  it('never repeats a task title more than 3 times', async () => {
    const repeated = await db('request_tasks').select('title').count({ n: '*' }).groupBy('title').having(db.raw('count(*) > 3'));
    expect(repeated).toEqual([]);
  });

  it('gives the first C-1 edition 51 entries from distinct centres with exactly one grand prix', async () => {
    const edition = await db('c1_editions').where({ edition_no: 1 }).first();
    const entries = await db('c1_entries').where({ edition_id: edition.id });
    expect(entries).toHaveLength(51);
    expect(new Set(entries.map((e) => e.citizen_center_id)).size).toBe(51);
    expect(entries.filter((e) => e.award === 'grand_prix')).toHaveLength(1);
  });

  it('only stores rows that the API validation accepts', async () => {
    for (const resource of resources as readonly Resource[]) {
      for (const row of await db(resource.name)) {
        const record = Object.fromEntries(Object.entries(fromRow(resource, row))
          .filter(([key]) => !(systemColumns as readonly string[]).includes(key)));
        const result = validate(resource, record);
        expect(result.ok ? null : { resource: resource.name, id: row.id, result }).toBeNull();
      }
    }
  });

  it('produces identical rows on every run', async () => {
    for (const { name } of resources) {
      const rows = async (d: Knex) => (await d(name).orderBy('id')).map(({ password_hash: _, ...row }) => row);
      expect(await rows(twin), name).toEqual(await rows(db));
    }
  });
});
