import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileOf } from '../db/connection';
import { archiveAudit, ArchiveRefused, cutoffFor } from './auditArchive';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'audit-archive-'));
const oldEvent = (n: number) => ({
  created_at: `${2012 + (n % 8)}-0${1 + (n % 9)}-15T01:00:00.000Z`, updated_at: '2020-01-01T00:00:00.000Z', action: 'update',
  resource: 'wards', record_id: 1, actor: '事務局担当A', changes: JSON.stringify({ name: { old: `旧${n}`, new: `新${n}` } }), ip: '10.0.0.1',
});
const lines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));

beforeAll(async () => {
  server = await startTestServer();
  await server.db.batchInsert('audit_events', Array.from({ length: 12_000 }, (_, n) => oldEvent(n)), 500);
});
afterAll(() => server.close());

describe('archiving the audit trail', () => {
  it('counts whole years back from today', () => {
    expect(cutoffFor(5, new Date('2026-12-03T09:00:00Z'))).toBe('2021-12-03');
    expect(() => cutoffFor(0)).toThrow(ArchiveRefused);
  });

  it('writes every older event to the file, then removes exactly those, and records the run', async () => {
    const before = await server.db('audit_events').where('created_at', '<', '2020-01-01').orderBy('id');
    const kept = await server.db('audit_events').where('created_at', '>=', '2020-01-01').orderBy('id');
    expect(before.length).toBeGreaterThanOrEqual(12_000);
    const file = join(dir, 'archive.jsonl.gz');
    expect(await archiveAudit(server.db, '2020-01-01', file)).toEqual({ count: before.length, removed: before.length });
    expect(lines(file)).toEqual(before.map((e) => ({ ...e, changes: JSON.parse(e.changes) })));
    const after = await server.db('audit_events').orderBy('id');
    expect(after.slice(0, -1)).toEqual(kept);
    expect(after.at(-1)).toMatchObject({ action: 'archive', resource: 'audit_events' });
    expect(JSON.parse(after.at(-1).changes).archived.new).toMatchObject({ before: '2020-01-01', count: before.length, file });
  });

  it('refuses to overwrite an earlier file, removing nothing', async () => {
    await server.db('audit_events').insert(oldEvent(1));
    const count = await server.db('audit_events').count({ n: '*' });
    await expect(archiveAudit(server.db, '2020-01-01', join(dir, 'archive.jsonl.gz'))).rejects.toThrow(/すでにあります/);
    expect(await server.db('audit_events').count({ n: '*' })).toEqual(count);
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)('runs as npm run archive-audit with a number of years', async () => {
    const env = { ...process.env, DATABASE_FILE: databaseFileOf(server.db) };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/archive-audit.ts', '5', join(dir, 'cli')], { env });
    expect(stdout).toMatch(/より前の操作履歴 1 件を .*audit-before-\d{4}-\d{2}-\d{2}-\d{14}\.jsonl\.gz に書き出し、1 件を削除しました/);
  });
});
