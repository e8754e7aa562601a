import type { Knex } from 'knex';

export async function up(db: Knex) {
  await db.schema.alterTable('users', (t) => t.integer('session_epoch').notNullable().defaultTo(0));
}

export async function down(db: Knex) {
  await db.schema.alterTable('users', (t) => t.dropColumn('session_epoch'));
}
