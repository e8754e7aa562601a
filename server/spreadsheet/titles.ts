import type { Knex } from 'knex';
import { can, type Actor } from '../../db/policy';
import { titleOf } from '../../db/records';
import type { Resource } from '../../db/schema';
import type { Db, Row } from '../store';
import { normalizeLabel, resourceNamed } from './labels';

const fieldsOf = (table: string) => ['id', ...(resourceNamed(table)?.title ?? [])];
const titleFor = (table: string, row: Row) => titleOf(resourceNamed(table)!, row);

export type Titles = { title: (field: string, id: unknown) => unknown };

export const referenceTitles = (db: Knex, actor: Actor, resource: Resource) => {
  const known = new Map<string, Map<number, string>>();
  const references = Object.entries(resource.references).filter(([, table]) => can(actor, table, 'read'));
  return {
    async load(rows: Row[]) {
      for (const [field, table] of references) {
        const titles = known.get(table) ?? known.set(table, new Map()).get(table)!;
        const missing = [...new Set(rows.map((r) => r[field] as number).filter((id) => id != null && !titles.has(id)))];
        for (let i = 0; i < missing.length; i += 500) {
          const found: Row[] = await db(table).whereIn('id', missing.slice(i, i + 500)).select(fieldsOf(table));
          for (const row of found) titles.set(row.id as number, titleFor(table, row));
        }
      }
    },
    title: (field: string, id: unknown) => known.get(resource.references[field])?.get(id as number) ?? id,
  };
};

export type ReferenceIndex = { ids: Map<string, number[]>; titles: Map<number, string> };

export const referenceIndex = async (db: Db, table: string): Promise<ReferenceIndex> => {
  const rows: Row[] = await db(table).select(fieldsOf(table));
  const ids = new Map<string, number[]>();
  const titles = new Map<number, string>();
  for (const row of rows) {
    const title = titleFor(table, row);
    titles.set(row.id as number, title);
    const key = normalizeLabel(title);
    ids.set(key, [...(ids.get(key) ?? []), row.id as number]);
  }
  return { ids, titles };
};

export const indexTitles = (resource: Resource, indexes: Map<string, ReferenceIndex>): Titles => ({
  title: (field, id) => indexes.get(resource.references[field])?.titles.get(id as number) ?? id,
});
