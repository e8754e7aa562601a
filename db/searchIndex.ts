import type { Knex } from 'knex';
import { isPostgres } from './connection';
import { searchIndexOf } from './search';

const tokenizer = `unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'`;

/**
 * The index behind `q` on a table's search_text: on SQLite a contentless FTS5 table of its bigrams kept by
 * triggers (search_bigrams is registered on every connection), on PostgreSQL a pg_trgm GIN index for LIKE.
 */
export const createSearchIndex = async (db: Knex, table: string) => {
  if (isPostgres(db)) {
    await db.raw('create extension if not exists pg_trgm');
    await db.raw('create index ?? on ?? using gin (search_text gin_trgm_ops)', [`${table}_search_text_trgm`, table]);
    return;
  }
  const index = searchIndexOf(table);
  const add = `insert into ${index}(rowid, bigrams) values (new.id, search_bigrams(new.search_text));`;
  const remove = `delete from ${index} where rowid = old.id;`;
  await db.raw(`create virtual table ${index} using fts5(bigrams, content='', contentless_delete=1, tokenize="${tokenizer}")`);
  await db.raw(`create trigger ${index}_insert after insert on ${table} begin ${add} end`);
  await db.raw(`create trigger ${index}_update after update of search_text on ${table} begin ${remove} ${add} end`);
  await db.raw(`create trigger ${index}_delete after delete on ${table} begin ${remove} end`);
  await db.raw(`insert into ${index}(rowid, bigrams) select id, search_bigrams(search_text) from ${table}`);
};

export const dropSearchIndex = async (db: Knex, table: string) => {
  if (isPostgres(db)) return db.raw('drop index if exists ??', [`${table}_search_text_trgm`]);
  for (const event of ['insert', 'update', 'delete']) await db.raw(`drop trigger if exists ${searchIndexOf(table)}_${event}`);
  await db.raw(`drop table if exists ${searchIndexOf(table)}`);
};
