import { columnsOf } from './columns';
import { choiceLabel } from './labels';
import type { Resource } from './schema';

type Row = Record<string, unknown>;

const katakanaToHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export const normalizeSearch = (s: string) => katakanaToHiragana(s.normalize('NFKC').toLowerCase());

const canonicalSet = (values: unknown[]) =>
  JSON.stringify([...new Set(values)].sort((a, b) => (a as number) < (b as number) ? -1 : a === b ? 0 : 1));

export const titleOf = (resource: Resource, record: Row) =>
  (resource.title ?? ['id']).map((f) => record[f] ?? '').join(' ');

/** Choices are searched by their Japanese labels (テーマ「防災」), everything else as written. */
const searchable = (resource: Resource, field: string, value: unknown) => {
  const kind = columnsOf(resource).find((c) => c.name === field)?.kind;
  if (kind === 'set' || kind === 'enum') return [value ?? []].flat().map((v) => choiceLabel(resource.name, field, v)).join(' ');
  return value ?? '';
};

export const searchText = (resource: Resource, record: Row) =>
  normalizeSearch(resource.search.map((f) => searchable(resource, f, record[f])).join('\n'));

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
