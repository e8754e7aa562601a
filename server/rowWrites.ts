import type { Knex } from 'knex';
import { isPostgres } from '../db/connection';

type Row = Record<string, unknown>;

/** A record's new column values, written only while its stored version is still `version`. */
export interface RowWrite { id: number; version: number; columns: Row }

const rowsPerStatement = 100;

const groups = (writes: RowWrite[]) => {
  const byColumns = new Map<string, RowWrite[]>();
  for (const w of writes) {
    const key = Object.keys(w.columns).join('\n');
    byColumns.get(key)?.push(w) ?? byColumns.set(key, [w]);
  }
  return byColumns.values();
};

/** On SQLite one `update … from` a table of values per chunk of rows with the same columns, instead of a statement per row. */
const writeChunk = async (trx: Knex.Transaction, table: string, chunk: RowWrite[]) => {
  const names = Object.keys(chunk[0].columns);
  const tuple = `(${['?', '?', ...names.map(() => '?')].join(', ')})`;
  const sql = `with v(${['_id', '_version', ...names].map(() => '??').join(', ')}) as (values ${chunk.map(() => tuple).join(', ')}) `
    + `update ?? set ${names.map(() => '?? = v.??').join(', ')} from v where ??.id = v._id and ??.version = v._version returning ??.id`;
  const bindings = [
    '_id', '_version', ...names,
    ...chunk.flatMap((w) => [w.id, w.version, ...names.map((n) => w.columns[n])]),
    table, ...names.flatMap((n) => [n, n]), table, table, table,
  ];
  const written = new Set(((await trx.raw(sql, bindings as Knex.RawBinding[])) as { id: number }[]).map((r) => Number(r.id)));
  return chunk.find((w) => !written.has(w.id))?.id;
};

/** Writes one row; false when its version had changed (someone else wrote it). */
export const writeRow = async (trx: Knex.Transaction, table: string, w: RowWrite) =>
  (await trx(table).where({ id: w.id, version: w.version }).update(w.columns)) === 1;

/** Writes every row; answers the id of one whose version had changed (someone else wrote it), else undefined. */
export const writeRows = async (trx: Knex.Transaction, table: string, writes: RowWrite[]) => {
  if (isPostgres(trx)) {
    for (const w of writes) if (!(await writeRow(trx, table, w))) return w.id;
    return undefined;
  }
  for (const group of groups(writes)) {
    for (let i = 0; i < group.length; i += rowsPerStatement) {
      const stale = await writeChunk(trx, table, group.slice(i, i + rowsPerStatement));
      if (stale !== undefined) return stale;
    }
  }
  return undefined;
};
