import type { Knex } from 'knex';

export async function up(db: Knex) {
  await db.schema.alterTable('request_tasks', (t) => t.text('dept_opinion').nullable());
}

export async function down(db: Knex) {
  await db.schema.alterTable('request_tasks', (t) => t.dropColumn('dept_opinion'));
}
