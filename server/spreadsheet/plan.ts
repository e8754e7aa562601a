import { columnsOf } from '../../db/columns';
import { editableWhileText } from '../../db/labels';
import { can, grantFor, type Actor } from '../../db/policy';
import { fromRow, toRow } from '../../db/records';
import type { Resource } from '../../db/schema';
import { validate } from '../../db/validation';
import { diff } from '../audit';
import { uniqueErrors, withoutSystemColumns, type Db, type Row } from '../store';
import { headerFor, mapHeaders } from './headers';
import { parserFor } from './parse';
import type { Sheet } from './read';
import { parseRows, type ParsedRow, type RowError } from './rows';
import { managedProblems, writeProblems } from './rules';
import { indexTitles, referenceIndex, type ReferenceIndex } from './titles';
import { cellOf, type Cell } from './values';

const notAllowed = 'このデータを取り込む権限がありません';
const notEditable = 'このデータを変更する権限がありません';

export interface Change { column: string; old: Cell; new: Cell }

export interface Planned {
  row: number;
  action: 'create' | 'update' | 'skip';
  id?: number;
  before?: Row;
  key: string;
  patch: Row;
  changes: Change[];
  errors: RowError[];
  denied: boolean;
  notice?: string;
}

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

const referenceIndexes = async (db: Db, resource: Resource, fields: string[]) => {
  const indexes = new Map<string, ReferenceIndex>();
  for (const field of fields) {
    const table = resource.references[field];
    if (table && !indexes.has(table)) indexes.set(table, await referenceIndex(db, table));
  }
  return indexes;
};

export const planImport = async (db: Db, actor: Actor, resource: Resource, sheet: Sheet, onRow: (done: number) => void = () => {}) => {
  const map = mapHeaders(resource, actor, sheet.headers);
  const indexes = await referenceIndexes(db, resource, map.mapped.map((m) => m.column.name));
  const parsers = map.mapped.map((m) => parserFor(resource, m.column, indexes.get(resource.references[m.column.name])));
  const titles = indexTitles(resource, indexes);
  const columns = columnsOf(resource);
  const display = (field: string, value: unknown) => cellOf(resource, columns.find((c) => c.name === field)!, value, titles, 'text');
  const fieldError = (field: string, message: string): RowError =>
    ({ column: field === '_' ? null : headerFor(resource, map, field.split('.')[0]), message });
  const parsed = parseRows(resource, map, parsers, sheet);
  const existing = await existingByKey(db, resource, map.keyFields, parsed.flatMap((p) => (p.key ? [p.key] : [])));
  const seen = new Map<string, number>();

  const decide = async ({ row, input, key, errors }: ParsedRow): Promise<Planned> => {
    const keyText = JSON.stringify(key);
    const before = key ? existing.get(keyText) : undefined;
    const plan: Planned = {
      row, action: before ? 'update' : 'create', id: before?.id as number | undefined, before, patch: {}, changes: [], errors, denied: false,
      key: key ? key.map((v, n) => display(map.keyFields[n], v)).join(' ') : '',
    };
    if (!key) return plan;
    if (seen.has(keyText)) errors.push({ column: null, message: `${seen.get(keyText)}行目と同じデータを指しています` });
    seen.set(keyText, row);
    const refuse = (message: string) => Object.assign(plan, { denied: true, errors: [...errors, { column: null, message }] });
    if (before ? !can(actor, resource.name, 'read', before) : !can(actor, resource.name, 'create', input)) return refuse(notAllowed);
    const managed = managedProblems(resource, before, input).map((p) => fieldError(p.field, p.message));
    errors.push(...managed);
    const current = before ? withoutSystemColumns(before) : {};
    const result = validate(resource, { ...current, ...input });
    if (!result.ok) {
      const failed = new Set(errors.map((e) => e.column));
      errors.push(...Object.entries(result.errors).map(([f, m]) => fieldError(f, m)).filter((e) => !failed.has(e.column)));
      return plan;
    }
    const changed = diff(current, fromRow(resource, toRow(resource, result.record)));
    const fields = Object.keys(changed);
    const locked = before && fields.length && !can(actor, resource.name, 'update', before);
    const condition = grantFor(actor, resource.name)?.editableWhile;
    if (locked && (!can(actor, resource.name, 'update') || !condition)) return refuse(notEditable);
    for (const field of fields) {
      const next = display(field, changed[field].new);
      if (before || (next !== null && next !== '')) plan.changes.push({ column: headerFor(resource, map, field), old: display(field, changed[field].old), new: next });
    }
    if (locked) {
      const notice = `${editableWhileText(resource.name, condition!)}。この行は取り込みません`;
      return Object.assign(plan, { action: 'skip', notice, errors: errors.filter((e) => !managed.includes(e)) });
    }
    const { writable, denied } = writeProblems(resource, actor, before ? fields : []);
    errors.push(...denied.map((p) => fieldError(p.field, p.message)));
    plan.denied = denied.length > 0;
    plan.patch = before ? Object.fromEntries(writable.map((f) => [f, result.record[f as keyof typeof result.record]])) : input;
    const duplicates = await uniqueErrors(db, resource, result.record, before?.id as number | undefined, before ? new Set(fields) : undefined);
    errors.push(...Object.entries(duplicates).map(([f, m]) => fieldError(f, m)));
    return plan;
  };

  const planned: Planned[] = [];
  for (const row of parsed) {
    planned.push(await decide(row));
    onRow(planned.length);
  }
  return { map, planned };
};
