import type { Knex } from 'knex';
import type { Actor } from '../../db/policy';
import type { Resource } from '../../db/schema';
import { refusal, type Caller } from '../access';
import { auditBatch, whoFrom } from '../audit';
import { badRequest } from '../errors';
import type { JobContext } from '../jobs/worker';
import { labelled, store, type Who } from '../store';
import { resourceNamed } from './labels';
import { planImport, type Planned } from './plan';
import { readSheet } from './read';

const previewLimit = 2000;

export interface ImportJob {
  database?: string;
  resource: string;
  caller: Caller;
  dryRun: boolean;
  file: Uint8Array;
}

const summarize = (planned: Planned[]) => {
  const updates = planned.filter((p) => p.action === 'update');
  const changed = updates.filter((p) => p.changes.length).length;
  return {
    rows: planned.length,
    create: planned.filter((p) => p.action === 'create').length,
    update: updates.length,
    changed,
    unchanged: updates.length - changed,
    skipped: planned.filter((p) => p.action === 'skip').length,
    errors: planned.filter((p) => p.errors.length).length,
  };
};

const listed = (planned: Planned[]) => {
  const notable = planned.filter((p) => p.errors.length || p.action !== 'update' || p.changes.length);
  const shown = [...notable.filter((p) => p.errors.length), ...notable.filter((p) => !p.errors.length)]
    .slice(0, previewLimit).sort((a, b) => a.row - b.row);
  return { rows: shown.map(({ row, action, id, key, changes, errors, notice }) => ({ row, action, id, key, changes, errors, notice })), omitted: notable.length - shown.length };
};

const apply = async (trx: Knex.Transaction, resource: Resource, planned: Planned[], who: Who, report: JobContext<ImportJob>['report']) => {
  const audits = auditBatch();
  const records = store(resource, audits.note);
  const creates = planned.filter((p) => p.action === 'create');
  const updates = planned.filter((p) => p.action === 'update' && p.changes.length);
  const total = creates.length + updates.length;
  for (const [i, p] of creates.entries()) {
    await labelled(`${p.row}行目`, () => records.create(trx, p.patch, who));
    report({ phase: 'writing', done: i + 1, total });
  }
  const items = updates.map((p) => ({ before: p.before!, changes: p.patch }));
  await records.updateMany(trx, items, who, (i) => `${updates[i].row}行目`, (done) => report({ phase: 'writing', done: creates.length + done, total }));
  await audits.flush(trx);
};

export const runImport = async ({ db, data, report, writing }: JobContext<ImportJob>) => {
  const resource = resourceNamed(data.resource)!;
  const actor = data.caller.actor as Actor;
  const sheet = await readSheet(Buffer.from(data.file), (done) => report({ phase: 'reading', done, total: null }));
  const total = sheet.rows.length;
  const { map, planned } = await planImport(db, actor, resource, sheet, (done) => report({ phase: 'checking', done, total }));
  const body = { format: sheet.format, encoding: sheet.encoding, columns: map.columns, warnings: map.warnings, summary: summarize(planned), ...listed(planned) };
  if (data.dryRun) return { dry_run: true, applied: false, ...body };
  if (planned.some((p) => p.denied)) throw refusal(data.caller, resource.name, '権限のないデータや項目が含まれているため、取り込みませんでした');
  if (body.summary.errors) throw badRequest(`${body.summary.errors}行にエラーがあるため、何も取り込みませんでした。プレビューで内容を確認してください`);
  writing(true);
  try {
    await db.transaction((trx) => apply(trx, resource, planned, whoFrom(data.caller), report));
  } finally {
    writing(false);
  }
  return { dry_run: false, applied: true, ...body };
};
