import type { Knex } from 'knex';
import { systemColumns } from '../db/columns';
import { fromRow, toRow } from '../db/records';
import type { Resource } from '../db/schema';
import { searchText } from '../db/search';
import { validate } from '../db/validation';
import { audit, diff, same, type AuditEntry, type Auditor, type Change } from './audit';
import { badRequest, HttpError, invalid, notFound } from './errors';
import { guards } from './guards';
import { writeRow, writeRows } from './rowWrites';

export type Row = Record<string, unknown>;
export type Db = Knex | Knex.Transaction;
export type Who = Pick<AuditEntry, 'actor' | 'ip'>;
type Errors = Record<string, string>;

const system = new Set<string>(systemColumns);

export const withoutSystemColumns = (row: Row) => {
  const rest: Row = {};
  for (const k in row) if (!system.has(k)) rest[k] = row[k];
  return rest;
};

export const uniqueErrors = async (trx: Db, resource: Resource, record: Row, id?: number, only?: Set<string>) => {
  const errors: Errors = {};
  for (const fields of resource.unique) {
    if (only && !fields.some((f) => only.has(f))) continue;
    const duplicate = trx(resource.name).where(Object.fromEntries(fields.map((f) => [f, record[f] as never])));
    if (id !== undefined) duplicate.whereNot('id', id);
    if (await duplicate.first('id')) errors[fields[fields.length - 1]] = '同じ値のデータがすでに登録されています';
  }
  return errors;
};

export const relationErrors = async (trx: Db, resource: Resource, record: Row, id?: number, only?: Set<string>) => {
  const errors: Errors = {};
  for (const [field, table] of Object.entries(resource.references)) {
    if (only && !only.has(field)) continue;
    if (record[field] != null && !(await trx(table).where('id', record[field]).first('id'))) {
      errors[field] = '指定された参照先のデータが存在しません';
    }
  }
  return { ...errors, ...(await uniqueErrors(trx, resource, record, id, only)) };
};

const managedMessage = '状態など業務の流れで管理する項目は、通常の編集では変更できません。「状態の変更」から操作してください';

const managedDefaults = (resource: Resource) =>
  resource.fields.pick(Object.fromEntries((resource.managed ?? []).map((f) => [f, true])) as never).parse({}) as Row;

export const managedChanges = (resource: Resource, before: Row | undefined, changes: Row) => {
  const current = before ?? managedDefaults(resource);
  return (resource.managed ?? []).filter((f) => f in changes && !same(current[f], changes[f]));
};

const refuseManaged = (resource: Resource, before: Row | undefined, changes: Row) => {
  const touched = managedChanges(resource, before, changes);
  if (touched.length) throw badRequest(managedMessage, Object.fromEntries(touched.map((f) => [f, managedMessage])));
};

interface Revision { id: number; before: Row; after: Row; changed: Record<string, Change>; columns: Row }

const labelledError = (label: string, err: unknown) =>
  err instanceof HttpError && (err.status === 400 || err.status === 409) ? new HttpError(err.status, `${label}: ${err.message}`, err.errors) : err;

/** Runs `work`, naming `label` in a refusal of the client's input (400) or a conflict (409). */
export const labelled = async <T>(label: string, work: () => Promise<T>) => {
  try {
    return await work();
  } catch (err) {
    throw labelledError(label, err);
  }
};

const timeFormat = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });

const conflict = async (db: Db, resource: Resource, id: number) => {
  const last = await db('audit_events').where({ resource: resource.name, record_id: id }).orderBy('id', 'desc').first('actor', 'created_at');
  const who = last ? `${last.actor ?? '他の職員'}さんが${timeFormat.format(new Date(last.created_at))}に` : '他の職員が';
  return new HttpError(409, `${who}このデータを更新しています。再読み込みして最新の内容を確認してから、もう一度操作してください`);
};

export const store = (resource: Resource, note: Auditor = audit) => {
  const table = resource.name;

  const find = async (db: Db, id: number) => {
    const row = await db(table).where({ id }).first();
    if (!row) throw notFound();
    return fromRow(resource, row);
  };

  const checked = async (trx: Knex.Transaction, input: Row, id?: number, only?: Set<string>) => {
    const result = validate(resource, input);
    if (!result.ok) throw invalid(table, result.errors);
    const errors = await relationErrors(trx, resource, result.record, id, only);
    if (Object.keys(errors).length) throw invalid(table, errors);
    return toRow(resource, { ...result.record, updated_at: new Date().toISOString() });
  };

  const requireVersion = async (db: Db, record: Row, version: number | undefined) => {
    if (version !== undefined && record.version !== version) throw await conflict(db, resource, record.id as number);
    return record;
  };

  const current = async (db: Db, id: number, version: number | undefined) => requireVersion(db, await find(db, id), version);

  const revise = async (trx: Knex.Transaction, id: number, before: Row, changes: Row, action: string): Promise<Revision | undefined> => {
    if (action !== 'transition') refuseManaged(resource, before, changes);
    const row = await checked(trx, { ...withoutSystemColumns(before), ...changes }, id, new Set(Object.keys(changes)));
    const written = fromRow(resource, { ...before, ...row });
    const changed = diff(before, written);
    if (!Object.keys(changed).length) return undefined;
    const version = (before.version as number) + 1;
    const columns: Row = { updated_at: row.updated_at, version };
    for (const k in changed) columns[k] = row[k];
    if ('search_text' in row && row.search_text !== searchText(resource, before)) columns.search_text = row.search_text;
    return { id, before, changed, columns, after: { ...written, version } };
  };

  const settle = async (trx: Knex.Transaction, { id, before, after, changed }: Revision, who: Who, action: string) => {
    await note(trx, { ...who, action, resource: table, record_id: id, changes: changed });
    await guards[table]?.(trx, { id, before, after, who });
  };

  /** `before`, when the caller has just read the record, saves reading it again; its version is checked on write. */
  const update = async (trx: Knex.Transaction, id: number, changes: Row, who: Who, { version, action = 'update', before: known }: { version?: number; action?: string; before?: Row } = {}) => {
    const before = known ?? await current(trx, id, version);
    const revision = await revise(trx, id, before, changes, action);
    if (!revision) return before;
    if (!(await writeRow(trx, table, { id, version: before.version as number, columns: revision.columns }))) throw await conflict(trx, resource, id);
    await settle(trx, revision, who, action);
    return revision.after;
  };

  const uniqueFields = new Set(resource.unique.flat());
  const touchesUnique = (changes: Row) => Object.keys(changes).some((f) => uniqueFields.has(f));

  return {
    find,
    requireVersion,
    async create(trx: Knex.Transaction, input: Row, who: Who) {
      refuseManaged(resource, undefined, input);
      const row = await checked(trx, input);
      const [created] = await trx(table).insert({ ...row, created_at: row.updated_at, version: 1 }).returning('id');
      const record = fromRow(resource, { ...row, created_at: row.updated_at, version: 1, id: (created as { id: number }).id });
      await note(trx, { ...who, action: 'create', resource: table, record_id: record.id as number, changes: diff({}, record, []) });
      await guards[table]?.(trx, { id: record.id as number, after: record, who });
      return record;
    },
    update,
    /**
     * Updates of records the caller has just read, checked one by one and written together; a refusal names its
     * item by `label`. Changes to unique fields, and a record named twice, are written one by one, so each is checked
     * against the ones before it.
     */
    async updateMany(trx: Knex.Transaction, items: { before: Row; changes: Row }[], who: Who, label: (index: number) => string, progress: (done: number) => void = () => {}) {
      const oneByOne = items.some((item) => touchesUnique(item.changes)) || new Set(items.map((item) => item.before.id)).size < items.length;
      if (oneByOne) {
        for (const [i, { before, changes }] of items.entries()) {
          await labelled(label(i), () => update(trx, before.id as number, changes, who, { before }));
          progress(i + 1);
        }
        return;
      }
      const revised: { revision: Revision; label: string }[] = [];
      for (const [i, { before, changes }] of items.entries()) {
        const revision = await labelled(label(i), () => revise(trx, before.id as number, before, changes, 'update'));
        if (revision) revised.push({ revision, label: label(i) });
        progress(i + 1);
      }
      const stale = await writeRows(trx, table, revised.map(({ revision: r }) => ({ id: r.id, version: r.before.version as number, columns: r.columns })));
      if (stale !== undefined) throw labelledError(revised.find((r) => r.revision.id === stale)!.label, await conflict(trx, resource, stale));
      for (const { revision, label: named } of revised) await labelled(named, () => settle(trx, revision, who, 'update'));
    },
    async remove(trx: Knex.Transaction, id: number, who: Who, { version }: { version?: number } = {}) {
      const before = await current(trx, id, version);
      await guards[table]?.(trx, { id, before, who });
      await trx(table).where({ id, version: before.version }).delete();
      await note(trx, { ...who, action: 'delete', resource: table, record_id: id, changes: diff(before, {}, []) });
      return before;
    },
  };
};
