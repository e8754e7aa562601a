import { columnsOf } from './columns';
import { perResource } from './perResource';
import type { Resource } from './schema';
import { searchText } from './search';

type Row = Record<string, unknown>;

const canonicalSet = (values: unknown[]) =>
  JSON.stringify([...new Set(values)].sort((a, b) => (a as number) < (b as number) ? -1 : a === b ? 0 : 1));

export const titleOf = (resource: Resource, record: Row) =>
  (resource.title ?? ['id']).map((f) => record[f] ?? '').join(' ');

const shapeOf = perResource((resource) => {
  const named = (kinds: string[]) => columnsOf(resource).filter((c) => kinds.includes(c.kind)).map((c) => c.name);
  return {
    sets: named(['set']),
    json: named(['json']),
    booleans: new Set(named(['boolean'])),
    parsed: new Set(named(['set', 'json'])),
    hidden: new Set(['search_text', ...resource.internal]),
  };
});

export const toRow = (resource: Resource, record: Row): Row => {
  const { sets, json } = shapeOf(resource);
  const row: Row = { ...record };
  for (const [name, d] of Object.entries(resource.derived ?? {})) row[name] = d.compute(record as never);
  for (const name of sets) if (name in row) row[name] = canonicalSet(row[name] as unknown[]);
  for (const name of json) if (name in row) row[name] = row[name] == null ? null : JSON.stringify(row[name]);
  if (resource.search.length) row.search_text = searchText(resource, record);
  return row;
};

export const fromRow = (resource: Resource, row: Row): Row => {
  const { booleans, parsed, hidden } = shapeOf(resource);
  const record: Row = {};
  for (const name in row) {
    if (hidden.has(name)) continue;
    const v = row[name];
    record[name] = v == null ? v : parsed.has(name) ? JSON.parse(v as string) : booleans.has(name) ? Boolean(v) : v;
  }
  return record;
};
