import type { Knex } from 'knex';
import { once } from 'node:events';
import { closeSync, createWriteStream, existsSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { createGzip } from 'node:zlib';
import { audit } from './audit';

const chunk = 5000;

export class ArchiveRefused extends Error {}

/** The day `years` years before `today` (YYYY-MM-DD): events before it are archived. */
export const cutoffFor = (years: number, today = new Date()) => {
  if (!Number.isInteger(years) || years < 1 || years > 100) throw new ArchiveRefused('年数は 1〜100 の整数で指定してください');
  const day = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  return day.toISOString().slice(0, 10);
};

const writeLines = async (db: Knex, before: string, file: string) => {
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(file, { flags: 'wx' }));
  let last = 0;
  let count = 0;
  for (;;) {
    const rows = await db('audit_events').where('created_at', '<', before).andWhere('id', '>', last).orderBy('id').limit(chunk);
    if (!rows.length) break;
    for (const row of rows) if (!gzip.write(`${JSON.stringify({ ...row, changes: JSON.parse(row.changes) })}\n`)) await once(gzip, 'drain');
    last = rows.at(-1).id;
    count += rows.length;
  }
  gzip.end();
  await once(out, 'finish');
  const fd = openSync(file, 'r');
  fsyncSync(fd);
  closeSync(fd);
  return { count, last };
};

/**
 * Writes every audit event older than `before` to a gzipped JSON Lines file, and only once the file is on disk
 * removes them, a chunk per short transaction so the console keeps answering; the run is itself audited.
 */
export const archiveAudit = async (db: Knex, before: string, file: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(before)) throw new ArchiveRefused('日付は YYYY-MM-DD で指定してください');
  if (existsSync(file)) throw new ArchiveRefused(`同じ名前の書き出し先がすでにあります: ${file}`);
  mkdirSync(dirname(file), { recursive: true });
  const { count, last } = await writeLines(db, before, file);
  let removed = 0;
  for (let n = 1; n > 0; removed += n) {
    n = await db.transaction((trx) => trx('audit_events').whereIn('id', (q) =>
      q.select('id').from('audit_events').where('created_at', '<', before).andWhere('id', '<=', last).limit(chunk)).del());
  }
  await audit(db, { action: 'archive', resource: 'audit_events', name: 'archive-audit', changes: { archived: { old: null, new: { before, count, removed, file } } } });
  return { count, removed };
};
