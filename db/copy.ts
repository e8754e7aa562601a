import type { Knex } from 'knex';
import { isEmpty, migrate } from './connection';

type Row = Record<string, unknown>;
const skipped = /^(knex_|sqlite_|sessions$)|_search(_[a-z]+)?$/;
const chunk = 500;

/** SQLite tables, parents before the tables that refer to them. */
const tablesInOrder = async (source: Knex) => {
  const names = (await source('sqlite_master').where({ type: 'table' }).pluck('name') as string[]).filter((n) => !skipped.test(n));
  const parents = new Map<string, string[]>();
  for (const name of names) {
    const keys = await source.raw(`pragma foreign_key_list("${name}")`) as { table: string }[];
    parents.set(name, keys.map((k) => k.table).filter((t) => t !== name && names.includes(t)));
  }
  const ordered: string[] = [];
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    for (const parent of parents.get(name) ?? []) visit(parent);
    ordered.push(name);
  };
  names.sort().forEach(visit);
  return ordered;
};

const comparable = (row: Row, booleans: Set<string>) =>
  JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => {
    if (booleans.has(k)) return [k, Boolean(v)];
    if (typeof v === 'string' && /^[[{]/.test(v)) {
      try { return [k, JSON.parse(v)]; } catch { return [k, v]; }
    }
    return [k, v];
  })));

export interface CopyReport { table: string; rows: number; sampled: number }

/** Copies every table of a SQLite console database into an empty, freshly migrated PostgreSQL one, all or nothing. */
export const copyToPostgres = async (source: Knex, target: Knex, report: (line: CopyReport) => void = () => {}) => {
  await migrate(target);
  if (!(await isEmpty(target))) throw new Error('コピー先のデータベースが空ではありません。新しいデータベースを指定してください');
  const tables = await tablesInOrder(source);
  await target.transaction(async (trx) => {
    for (const table of tables) {
      const booleans = new Set(Object.entries(await trx(table).columnInfo()).filter(([, c]) => c.type === 'boolean').map(([n]) => n));
      let copied = 0;
      for (let last = 0; ; ) {
        const rows: Row[] = await source(table).where('id', '>', last).orderBy('id').limit(chunk);
        if (!rows.length) break;
        await trx(table).insert(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, booleans.has(k) ? Boolean(v) : v]))));
        copied += rows.length;
        last = rows.at(-1)!.id as number;
      }
      const [{ n }] = await trx(table).count({ n: '*' });
      if (Number(n) !== copied) throw new Error(`${table}: ${copied}行をコピーしましたが、コピー先には${n}行あります`);
      if (copied) await trx.raw(`select setval(pg_get_serial_sequence('"${table}"', 'id'), (select max(id) from "${table}"))`);
      const sample: Row[] = await source(table).whereRaw('id % 17 = 1').orderBy('id').limit(200);
      for (const row of sample) {
        const copy = await trx(table).where({ id: row.id }).first();
        if (comparable(copy, booleans) !== comparable(row, booleans)) throw new Error(`${table} の id ${row.id} がコピー元と一致しません`);
      }
      report({ table, rows: copied, sampled: sample.length });
    }
  });
  return tables;
};
