import { columnsOf } from './columns';
import type { Resource } from './schema';
import { searchText } from './search';

type Row = Record<string, unknown>;

const canonicalSet = (values: unknown[]) =>
  JSON.stringify([...new Set(values)].sort((a, b) => (a as number) < (b as number) ? -1 : a === b ? 0 : 1));

export const titleOf = (resource: Resource, record: Row) =>
  (resource.title ?? ['id']).map((f) => record[f] ?? '').join(' ');

export const toRow = (resource: Resource, record: Row): Row => {
  const row: Row = { ...record };
  for (const [name, d] of Object.entries(resource.derived ?? {})) row[name] = d.compute(record as never);
  for (const c of columnsOf(resource)) {
    if (!(c.name in row)) continue;
    if (c.kind === 'set') row[c.name] = canonicalSet(row[c.name] as unknown[]);
    if (c.kind === 'json') row[c.name] = row[c.name] == null ? null : JSON.stringify(row[c.name]);
  }
  if (resource.search.length) row.search_text = searchText(resource, record);
  return row;
};

export const fromRow = (resource: Resource, row: Row): Row => {
  const record = { ...row };
  for (const hidden of ['search_text', ...resource.internal]) delete record[hidden];
  for (const c of columnsOf(resource)) {
    const v = record[c.name];
    if (v == null) continue;
    if (c.kind === 'set' || c.kind === 'json') record[c.name] = JSON.parse(v as string);
    if (c.kind === 'boolean') record[c.name] = Boolean(v);
  }
  return record;
};
