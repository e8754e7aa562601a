import type { Knex } from 'knex';
import { columnsOf, type Column } from './columns';
import { choiceLabel } from './labels';
import { perResource } from './perResource';
import type { Resource } from './schema';

type Row = Record<string, unknown>;
type Where = (q: Knex.QueryBuilder) => void;

const katakanaToHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** What search compares: NFKC (全角/半角 alike), lower case, katakana as hiragana. */
export const normalizeSearch = (s: string) => katakanaToHiragana(s.normalize('NFKC').toLowerCase());

const searched = (resource: Resource) => columnsOf(resource).filter((c) => resource.search.includes(c.name));
const ownText = perResource((resource) =>
  resource.search.filter((f) => !(f in resource.references) && !columnsOf(resource).find((c) => c.name === f)?.choices));

/** The stored search text: the resource's own text fields (references and choices are matched by name and label at query time). */
export const searchText = (resource: Resource, record: Row) =>
  normalizeSearch(ownText(resource).map((f) => record[f] ?? '').join('\n'));

/**
 * The tokens of the SQLite search index: the overlapping two-character pieces of each word, a lone "|" between
 * words, so that a phrase of consecutive pieces matches exactly where the word holds the term.
 */
export const bigrams = (text: string) => text.split(/\s+/).filter(Boolean).map((word) => {
  const chars = Array.from(word);
  return chars.slice(1).map((c, i) => chars[i] + c).join(' ');
}).join(' | ');

export const searchIndexOf = (table: string) => `${table}_search`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const isPostgresQuery = (q: Knex.QueryBuilder) => (q as unknown as { client: { dialect: string } }).client.dialect === 'postgresql';

/** Rows of `table` whose search text holds `term`: on SQLite through the bigram index, else (and for one character) LIKE. */
const textHolds = (table: string, term: string): Where => (q) => {
  if (Array.from(term).length < 2 || isPostgresQuery(q)) {
    q.whereRaw(`??.search_text like ? escape '\\'`, [table, `%${escapeLike(term)}%`]);
    return;
  }
  const phrase = `"${bigrams(term).replaceAll('"', '""')}"`;
  q.whereIn(`${table}.id`, (sub) => sub.select('rowid').from(searchIndexOf(table)).whereRaw('?? match ?', [searchIndexOf(table), phrase]));
};

const labelled = (resource: Resource, column: Column, term: string) =>
  column.choices!.filter((code) => normalizeSearch(choiceLabel(resource.name, column.name, code)).includes(term));

/** OR: the set column (a canonical JSON array) holds the value. */
export const setContains = (q: Knex.QueryBuilder, column: string, value: string | number | boolean | null) => {
  if (typeof value === 'number') {
    q.orWhere((w) => {
      for (const p of [`[${value},%`, `%,${value},%`, `%,${value}]`, `[${value}]`]) w.orWhere(column, 'like', p);
    });
  } else q.orWhere(column, 'like', `%"${value}"%`);
};

/** One search term: in the own text, in a searched choice's Japanese label, or in the name of a searched reference. */
export const termCondition = (resource: Resource, term: string, resourceNamed: (name: string) => Resource | undefined, depth = 2): Where => (q) => {
  const table = resource.name;
  const branches: Where[] = [];
  for (const column of searched(resource).filter((c) => c.choices)) {
    const codes = labelled(resource, column, term);
    if (!codes.length) continue;
    if (column.kind === 'set') branches.push((b) => b.where((s) => codes.forEach((code) => setContains(s, `${table}.${column.name}`, code))));
    else branches.push((b) => b.whereIn(`${table}.${column.name}`, codes));
  }
  for (const field of depth ? resource.search.filter((f) => f in resource.references) : []) {
    const target = resourceNamed(resource.references[field])!;
    branches.push((b) => b.whereIn(`${table}.${field}`, (sub) => sub.select(`${target.name}.id`).from(target.name).where(termCondition(target, term, resourceNamed, depth - 1))));
  }
  q.whereIn(`${table}.id`, (ids) => {
    ids.select(`${table}.id`).from(table).where(textHolds(table, term));
    for (const branch of branches) ids.union((u) => u.select(`${table}.id`).from(table).where(branch));
  });
};
