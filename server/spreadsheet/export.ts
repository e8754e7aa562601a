import type { Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import type { Column } from '../../db/columns';
import { isImportable } from '../../db/interchange';
import { canRead } from '../../db/policy';
import { fromRow } from '../../db/records';
import type { Resource } from '../../db/schema';
import { access } from '../access';
import { badRequest, HttpError } from '../errors';
import { parseListQuery } from '../query';
import type { Row } from '../store';
import { allColumns, headerOf, keyHeader, resourceLabel, resourceNamed } from './labels';
import { csvWriter, xlsxWriter, type SheetColumn, type SheetWriter } from './sheets';
import { referenceTitles } from './titles';
import { formatterOf, numFmtOf, widthOf, type Cell, type Target } from './values';

export const batchSize = 1000;
const contentTypes = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
type Format = keyof typeof contentTypes;

export const apiMissing = () => new HttpError(404, '指定された API はありません');

export const attachment = (res: Response, ascii: string, name: string, ext: string) => {
  const stamp = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const encoded = encodeURIComponent(`${name}_${stamp}.${ext}`);
  res.set('Content-Disposition', `attachment; filename="${ascii}_${stamp}.${ext}"; filename*=UTF-8''${encoded}`);
};

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

export const exportRows = (db: Knex): RequestHandler => async (req: Request, res: Response) => {
  const resource = resourceNamed(String(req.params.resource));
  if (!resource) throw apiMissing();
  const can = access(req, resource.name);
  can.require('read');
  const { format: rawFormat, fields: rawFields, filter, sort, ...rest } = req.query as Record<string, unknown>;
  if (Object.keys(rest).length) throw badRequest(`不明なパラメータです: ${Object.keys(rest).join(', ')}`);
  const format = parseFormat(rawFormat);
  const { where, sort: order, fields: used } = parseListQuery(resource, { filter, sort });
  const readable = (f: string) => canRead(req.actor!, resource.name, f);
  const requested = parseFields(resource, rawFields, readable);
  const columns = format === 'csv' ? withKeyColumns(resource, requested, readable) : requested;
  can.requireReadable([...used, ...columns.map((c) => c.name)]);

  const ids: number[] = await db(resource.name).modify(can.scope).modify(where)
    .orderBy([{ column: order[0], order: order[1] }, { column: 'id', order: order[1] }]).pluck('id');
  const keyFields = format === 'xlsx' && isImportable(resource.name) ? resource.unique[0] : [];
  const selected = [...new Set(['id', ...keyFields, ...columns.map((c) => c.name)])];
  const titles = referenceTitles(db, req.actor!, resource);
  const target: Target = format === 'xlsx' ? 'xlsx' : 'text';
  const cells: (SheetColumn & { value: (row: Row) => Cell })[] = columns.map((c) => {
    const header = headerOf(resource, c.name);
    const format = formatterOf(resource, c, titles, target);
    return { header, width: widthOf(resource, c, header), numFmt: numFmtOf(c), value: (row) => format(row[c.name]) };
  });
  if (keyFields.length) cells.push({ header: keyHeader, width: 14, hidden: true, value: (row) => JSON.stringify(keyFields.map((f) => row[f])) });

  res.set('Content-Type', contentTypes[format]);
  attachment(res, resource.name, resourceLabel(resource), format);
  const writer: SheetWriter = format === 'xlsx' ? xlsxWriter(res, resourceLabel(resource), cells) : csvWriter(res, cells);
  try {
    for (let i = 0; i < ids.length; i += batchSize) {
      const chunk = ids.slice(i, i + batchSize);
      const found: Row[] = await db(resource.name).whereIn('id', chunk).modify(can.scope).select(selected);
      const byId = new Map(found.map((r) => [r.id as number, r]));
      const rows = chunk.flatMap((id) => (byId.has(id) ? [fromRow(resource, byId.get(id)!)] : []));
      await titles.load(rows);
      await writer.write(rows.map((r) => cells.map((c) => c.value(r))));
    }
    await writer.end();
  } catch (err) {
    console.error(err);
    res.destroy(err as Error);
  }
};
