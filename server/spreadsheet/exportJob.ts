import { createWriteStream } from 'node:fs';
import type { Column } from '../../db/columns';
import { isImportable } from '../../db/interchange';
import { canRead, type Actor } from '../../db/policy';
import { fromRow } from '../../db/records';
import type { Resource } from '../../db/schema';
import { access, type Caller } from '../access';
import { badRequest } from '../errors';
import type { JobContext } from '../jobs/worker';
import { parseListQuery } from '../query';
import type { Row } from '../store';
import { apiMissing, type Format } from './export';
import { allColumns, headerOf, keyHeader, resourceLabel, resourceNamed } from './labels';
import { csvWriter, xlsxWriter, type SheetColumn, type SheetWriter } from './sheets';
import { referenceTitles } from './titles';
import { formatterOf, numFmtOf, widthOf, type Cell, type Target } from './values';

export const batchSize = 1000;

export interface ExportJob {
  database?: string;
  resource: string;
  caller: Caller;
  query: Record<string, unknown>;
  path: string;
}

const parseFields = (resource: Resource, raw: unknown, readable: (field: string) => boolean): Column[] => {
  const columns = allColumns(resource);
  if (raw === undefined) return columns.filter((c) => readable(c.name) && c.name !== 'version');
  let names: unknown;
  try {
    names = JSON.parse(String(raw));
  } catch {
    throw badRequest('パラメータ fields の JSON の形式が正しくありません');
  }
  if (!Array.isArray(names) || !names.length || names.some((n) => typeof n !== 'string')) {
    throw badRequest('出力する項目 (fields) は項目名の配列で指定してください');
  }
  const unknown = names.filter((n) => !columns.some((c) => c.name === n));
  if (unknown.length) throw badRequest(`出力できない項目です: ${unknown.join(', ')}`);
  return [...new Set(names as string[])].map((n) => columns.find((c) => c.name === n)!);
};

const withKeyColumns = (resource: Resource, columns: Column[], readable: (field: string) => boolean) => {
  if (!isImportable(resource.name)) return columns;
  const missing = (resource.unique[0] ?? []).filter((f) => readable(f) && !columns.some((c) => c.name === f));
  return [...allColumns(resource).filter((c) => missing.includes(c.name)), ...columns];
};

const parseFormat = (raw: unknown): Format => {
  if (raw === undefined) return 'xlsx';
  if (raw === 'xlsx' || raw === 'csv') return raw;
  throw badRequest('形式 (format) は xlsx または csv を指定してください');
};

export const writeExport = async ({ db, data, report }: JobContext<ExportJob>) => {
  const resource = resourceNamed(data.resource);
  if (!resource) throw apiMissing();
  const actor = data.caller.actor as Actor;
  const can = access(data.caller, resource.name);
  can.require('read');
  const { format: rawFormat, fields: rawFields, filter, sort, ...rest } = data.query;
  if (Object.keys(rest).length) throw badRequest(`不明なパラメータです: ${Object.keys(rest).join(', ')}`);
  const format = parseFormat(rawFormat);
  const { where, sort: order, fields: used } = parseListQuery(resource, { filter, sort });
  const readable = (f: string) => canRead(actor, resource.name, f);
  const requested = parseFields(resource, rawFields, readable);
  const columns = format === 'csv' ? withKeyColumns(resource, requested, readable) : requested;
  can.requireReadable([...used, ...columns.map((c) => c.name)]);

  const ids: number[] = await db(resource.name).modify(can.scope).modify(where)
    .orderBy([{ column: order[0], order: order[1] }, { column: 'id', order: order[1] }]).pluck('id');
  const keyFields = format === 'xlsx' && isImportable(resource.name) ? resource.unique[0] : [];
  const selected = [...new Set(['id', ...keyFields, ...columns.map((c) => c.name)])];
  const titles = referenceTitles(db, actor, resource);
  const target: Target = format === 'xlsx' ? 'xlsx' : 'text';
  const cells: (SheetColumn & { value: (row: Row) => Cell })[] = columns.map((c) => {
    const header = headerOf(resource, c.name);
    const format = formatterOf(resource, c, titles, target);
    return { header, width: widthOf(resource, c, header), numFmt: numFmtOf(c), value: (row) => format(row[c.name]) };
  });
  if (keyFields.length) cells.push({ header: keyHeader, width: 14, hidden: true, value: (row) => JSON.stringify(keyFields.map((f) => row[f])) });

  const out = createWriteStream(data.path);
  const writer: SheetWriter = format === 'xlsx' ? xlsxWriter(out, resourceLabel(resource), cells) : csvWriter(out, cells);
  for (let i = 0; i < ids.length; i += batchSize) {
    const chunk = ids.slice(i, i + batchSize);
    const found: Row[] = await db(resource.name).whereIn('id', chunk).modify(can.scope).select(selected);
    const byId = new Map(found.map((r) => [r.id as number, r]));
    const rows = chunk.flatMap((id) => (byId.has(id) ? [fromRow(resource, byId.get(id)!)] : []));
    await titles.load(rows);
    await writer.write(rows.map((r) => cells.map((c) => c.value(r))));
    report({ phase: 'writing', done: Math.min(i + batchSize, ids.length), total: ids.length });
  }
  await writer.end();
  return { format, ascii: resource.name, name: resourceLabel(resource) };
};
