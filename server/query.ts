import type { Knex } from 'knex';
import { columnsOf, systemColumnDefs, type Column } from '../db/columns';
import { fieldLabel } from '../db/labels';
import { normalizeSearch } from '../db/records';
import type { Resource } from '../db/schema';
import { requireBounded } from './bounds';
import { badRequest } from './errors';

export const maxPageSize = 1000;
export const maxSearchTerms = 10;
export const maxSearchLength = 200;

const operators = { gte: '>=', lte: '<=', gt: '>', lt: '<', neq: '<>' } as const;
type Operator = keyof typeof operators;
type Scalar = string | number | boolean | null;

const columnMap = (resource: Resource) =>
  new Map<string, Column>([
    ...systemColumnDefs.map((c) => [c.name, c] as [string, Column]),
    ...columnsOf(resource).filter((c) => c.kind !== 'json').map((c) => [c.name, c] as [string, Column]),
  ]);

const parseParam = (raw: unknown, name: string) => {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest(`パラメータ ${name} は1つだけ指定してください`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest(`パラメータ ${name} の JSON の形式が正しくありません`);
  }
  return requireBounded(value, `パラメータ ${name} `);
};

const coerce = (column: Column, value: unknown, name: string): Scalar => {
  if (value === null) return null;
  const wrong = () => badRequest(`絞り込み条件${name}の値が正しくありません`);
  if (column.kind === 'integer' || column.kind === 'number') {
    const n = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw wrong();
    return n;
  }
  if (column.kind === 'boolean') {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw wrong();
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw wrong();
  if (column.kind === 'set' && !column.choices!.includes(value)) throw wrong();
  return value;
};

const setContains = (q: Knex.QueryBuilder, column: string, value: Scalar) => {
  if (typeof value === 'number') {
    q.orWhere((w) => {
      for (const p of [`[${value},%`, `%,${value},%`, `%,${value}]`, `[${value}]`]) w.orWhere(column, 'like', p);
    });
  } else q.orWhere(column, 'like', `%"${value}"%`);
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

type Condition = (q: Knex.QueryBuilder) => void;

const searchCondition = (resource: Resource, value: unknown): Condition => {
  if (!resource.search.length) throw badRequest('このデータはキーワード検索に対応していません');
  if (typeof value !== 'string') throw badRequest('キーワードは文字列で指定してください');
  const terms = normalizeSearch(value).split(/\s+/).filter(Boolean);
  if (terms.length > maxSearchTerms || value.length > maxSearchLength) {
    throw badRequest(`キーワードは${maxSearchTerms}語まで、${maxSearchLength}文字以内で指定してください`, { q: `${maxSearchTerms}語・${maxSearchLength}文字以内で入力してください` });
  }
  const through = Object.entries(resource.searchThrough ?? {});
  const like = "search_text like ? escape '\\'";
  return (q) => terms.forEach((t) => q.where((any) => {
    const pattern = `%${escapeLike(t)}%`;
    any.whereRaw(`${resource.name}.${like}`, [pattern]);
    for (const [field, table] of through) any.orWhereIn(field, (s) => s.select('id').from(table).whereRaw(`${table}.${like}`, [pattern]));
  }));
};

const resolve = (columns: Map<string, Column>, key: string): [Column, Operator | undefined] => {
  const exact = columns.get(key);
  if (exact) return [exact, undefined];
  const match = /^(.+)_(gte|lte|gt|lt|neq)$/.exec(key);
  const column = match && columns.get(match[1]);
  if (!column || (column.kind === 'set' && match[2] !== 'neq')) throw badRequest(`絞り込みできない項目です: ${key}`);
  return [column, match[2] as Operator];
};

const fieldCondition = (resource: Resource, columns: Map<string, Column>, key: string, value: unknown): Condition => {
  const [column, op] = resolve(columns, key);
  const name = column.name;
  const label = `「${fieldLabel(resource.name, name)}」`;
  const values = (Array.isArray(value) ? value : [value]).map((v) => coerce(column, v, label));
  if (column.kind === 'set') {
    const any = (w: Knex.QueryBuilder) => values.forEach((v) => setContains(w, name, v));
    return (q) => (op ? q.whereNot(any) : q.where(any));
  }
  if (Array.isArray(value)) {
    if (op && op !== 'neq') throw badRequest(`絞り込み条件${label}に複数の値は指定できません`);
    return (q) => (op ? q.whereNotIn(name, values as never[]) : q.whereIn(name, values as never[]));
  }
  const [v] = values;
  if (v === null) {
    if (op && op !== 'neq') throw badRequest(`絞り込み条件${label}の値が正しくありません`);
    return (q) => (op ? q.whereNotNull(name) : q.whereNull(name));
  }
  return (q) => q.where(name, op ? operators[op] : '=', v as never);
};

export interface ListQuery {
  where: Condition;
  fields: string[];
  sort: [string, 'asc' | 'desc'];
  range: [number, number];
}

const parseSort = (resource: Resource, columns: Map<string, Column>, raw: unknown): ListQuery['sort'] => {
  if (raw === undefined) return ['id', 'asc'];
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'string' || !/^(asc|desc)$/i.test(String(raw[1]))) {
    throw badRequest('並べ替えは ["項目名","ASC" または "DESC"] の形で指定してください');
  }
  const column = columns.get(raw[0]);
  if (!column || column.kind === 'set') throw badRequest(`並べ替えできない項目です: ${column ? `「${fieldLabel(resource.name, raw[0])}」` : raw[0]}`);
  return [raw[0], raw[1].toLowerCase() as 'asc' | 'desc'];
};

const parseRange = (raw: unknown): ListQuery['range'] => {
  if (raw === undefined) return [0, 24];
  const [start, end] = Array.isArray(raw) && raw.length === 2 ? raw : [];
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw badRequest('範囲は [開始, 終了] の0以上の整数で、開始 ≦ 終了となるよう指定してください');
  }
  if (end - start + 1 > maxPageSize) throw badRequest(`一度に取得できるのは ${maxPageSize} 件までです`);
  return [start, end];
};

export const parseListQuery = (resource: Resource, query: Record<string, unknown>): ListQuery => {
  const unknown = Object.keys(query).filter((k) => !['sort', 'range', 'filter'].includes(k));
  if (unknown.length) throw badRequest(`不明なパラメータです: ${unknown.join(', ')}`);
  const columns = columnMap(resource);
  const filter = parseParam(query.filter, 'filter') ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw badRequest('絞り込み条件は JSON のオブジェクトで指定してください');
  }
  const conditions = Object.entries(filter).map(([key, value]) =>
    key === 'q' ? searchCondition(resource, value) : fieldCondition(resource, columns, key, value));
  const sort = parseSort(resource, columns, parseParam(query.sort, 'sort'));
  const filtered = Object.keys(filter).filter((k) => k !== 'q').map((k) => resolve(columns, k)[0].name);
  return {
    where: (q) => conditions.forEach((c) => c(q)),
    fields: [...new Set([...filtered, sort[0]])],
    sort,
    range: parseRange(parseParam(query.range, 'range')),
  };
};
