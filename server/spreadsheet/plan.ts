import { columnsOf } from '../../db/columns';
import { can, canWrite, type Actor } from '../../db/policy';
import { fromRow, toRow } from '../../db/records';
import type { Resource } from '../../db/schema';
import { validate } from '../../db/validation';
import { diff } from '../audit';
import { relationErrors, withoutSystemColumns, type Db, type Row } from '../store';
import { headerFor, mapHeaders, type HeaderMap } from './headers';
import { headerOf } from './labels';
import { parserFor } from './parse';
import type { Sheet } from './read';
import { indexTitles, referenceIndex, type ReferenceIndex } from './titles';
import { cellOf, type Cell } from './values';

export interface RowError { column: string | null; message: string }
export interface Change { column: string; old: Cell; new: Cell }

export interface Planned {
  row: number;
  action: 'create' | 'update';
  id?: number;
  key: string;
  patch: Row;
  changes: Change[];
  errors: RowError[];
  denied: boolean;
}

const keyOf = (map: HeaderMap, cells: Sheet['rows'][number]['cells'], input: Row): unknown[] | string => {
  const hidden = map.keyIndex === undefined ? null : cells[map.keyIndex];
  if (hidden == null || hidden === '') return map.keyFields.map((f) => input[f] ?? null);
  try {
    const key = JSON.parse(String(hidden));
    if (Array.isArray(key) && key.length === map.keyFields.length) return key;
  } catch { /* reported below */ }
  return '照合キーの値が正しくありません';
};

const existingByKey = async (db: Db, resource: Resource, fields: string[], keys: unknown[][]) => {
  const found = new Map<string, Row>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const query = db(resource.name);
    fields.forEach((f, n) => query.whereIn(f, [...new Set(chunk.map((k) => k[n]))] as never[]));
    for (const row of await query) found.set(JSON.stringify(fields.map((f) => row[f])), fromRow(resource, row));
  }
  return found;
};

export const planImport = async (db: Db, actor: Actor, resource: Resource, sheet: Sheet) => {
  const map = mapHeaders(resource, actor, sheet.headers);
  const indexes = new Map<string, ReferenceIndex>();
  for (const { column } of map.mapped) {
    const table = resource.references[column.name];
    if (table && !indexes.has(table)) indexes.set(table, await referenceIndex(db, table));
  }
  const parsers = map.mapped.map((m) => parserFor(resource, m.column, indexes.get(resource.references[m.column.name])));
  const titles = indexTitles(resource, indexes);
  const columns = columnsOf(resource);
  const display = (field: string, value: unknown) =>
    cellOf(resource, columns.find((c) => c.name === field)!, value, titles, 'text');
  const fieldError = (field: string, message: string): RowError =>
    ({ column: field === '_' ? null : headerFor(resource, map, field.split('.')[0]), message });

  const parsed = sheet.rows.map(({ row, cells }) => {
    const input: Row = {};
    const errors: RowError[] = [];
    map.mapped.forEach((m, i) => {
      const result = parsers[i](cells[m.index] ?? null);
      if ('error' in result) errors.push({ column: m.header, message: result.error });
      else input[m.column.name] = result.value;
    });
    const key = keyOf(map, cells, input);
    if (typeof key === 'string') errors.push({ column: null, message: key });
    else if (key.some((v) => v == null)) errors.push({ column: null, message: `照合に使う項目が空です: ${map.keyFields.map((f) => headerOf(resource, f)).join('、')}` });
    else map.keyFields.forEach((f, n) => (input[f] ??= key[n]));
    return { row, input, errors, key: Array.isArray(key) && !key.some((v) => v == null) ? key : null };
  });

  const existing = await existingByKey(db, resource, map.keyFields, parsed.flatMap((p) => (p.key ? [p.key] : [])));
  const seen = new Map<string, number>();
  const planned: Planned[] = [];
  for (const { row, input, errors, key } of parsed) {
    const keyText = key ? JSON.stringify(key) : '';
    const before = existing.get(keyText);
    const plan: Planned = {
      row, action: before ? 'update' : 'create', id: before?.id as number | undefined,
      key: key ? key.map((v, n) => display(map.keyFields[n], v)).join(' ') : '', patch: {}, changes: [], errors, denied: false,
    };
    planned.push(plan);
    if (key && seen.has(keyText)) errors.push({ column: null, message: `${seen.get(keyText)}行目と同じデータを指しています` });
    if (key) seen.set(keyText, row);
    if (!key) continue;
    if (!can(actor, resource.name, before ? 'update' : 'create', before ?? input)) {
      plan.denied = true;
      errors.push({ column: null, message: before ? 'このデータを変更する権限がありません' : 'このデータを登録する権限がありません' });
      continue;
    }
    const result = validate(resource, before ? { ...withoutSystemColumns(before), ...input } : input);
    if (!result.ok) {
      errors.push(...Object.entries(result.errors).map(([f, m]) => fieldError(f, m)));
      continue;
    }
    const after = fromRow(resource, toRow(resource, result.record));
    const changed = diff(before ? withoutSystemColumns(before) : {}, after);
    for (const field of Object.keys(changed)) {
      if (before && !canWrite(actor, resource.name, field)) {
        plan.denied = true;
        errors.push(fieldError(field, 'この項目を変更する権限がありません'));
      }
      const next = display(field, changed[field].new);
      if (before || (next !== null && next !== '')) plan.changes.push({ column: headerFor(resource, map, field), old: display(field, changed[field].old), new: next });
    }
    plan.patch = before ? Object.fromEntries(Object.keys(changed).map((f) => [f, result.record[f as keyof typeof result.record]])) : input;
    if (!before || plan.changes.length) {
      const related = await relationErrors(db, resource, result.record, before?.id as number | undefined);
      errors.push(...Object.entries(related).map(([f, m]) => fieldError(f, m)));
    }
  }
  return { map, planned };
};
