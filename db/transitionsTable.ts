import type { Knex } from 'knex';

/** The history table of a workflow (see `transitionsOf` in db/schema/fields.ts), for a migration to create. */
export const createTransitionsTable = (db: Knex, table: string, key: string, parent: string) =>
  db.schema.createTable(table, (t) => {
    t.increments('id');
    t.string('created_at', 32).notNullable();
    t.string('updated_at', 32).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.integer(key).unsigned().notNullable().references('id').inTable(parent).onDelete('CASCADE');
    t.string('from_status', 40).notNullable();
    t.string('to_status', 40).notNullable().index();
    t.string('note', 1000).nullable();
    t.integer('user_id').unsigned().nullable().references('id').inTable('users').index();
    t.string('actor', 60).nullable();
    t.index([key, 'id']);
  });
