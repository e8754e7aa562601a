import type { Knex } from 'knex';

const versioned = ['wards', 'citizen_centers', 'departments', 'users', 'request_tasks', 'toilet_inventories',
  'toilet_work_orders', 'practice_cases', 'practice_adoptions', 'c1_editions', 'c1_entries'];

export async function up(db: Knex) {
  for (const table of versioned) {
    await db.schema.alterTable(table, (t) => t.integer('version').notNullable().defaultTo(1));
  }
  await db.schema.alterTable('users', (t) => {
    t.string('password_hash', 200).nullable();
  });
  await db.schema.createTable('sessions', (t) => {
    t.string('sid').primary();
    t.text('sess').notNullable();
    t.timestamp('expired').notNullable().index();
  });
  await db.schema.createTable('audit_events', (t) => {
    t.increments('id');
    t.string('created_at', 32).notNullable().index();
    t.string('updated_at', 32).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.integer('user_id').unsigned().nullable().references('id').inTable('users').index();
    t.string('actor', 60).nullable();
    t.string('action', 40).notNullable().index();
    t.string('resource', 60).nullable();
    t.integer('record_id').nullable();
    t.text('changes').notNullable();
    t.string('ip', 64).nullable();
    t.index(['resource', 'record_id']);
  });
}

export async function down(db: Knex) {
  await db.schema.dropTable('audit_events');
  await db.schema.dropTable('sessions');
  await db.schema.alterTable('users', (t) => t.dropColumn('password_hash'));
  for (const table of versioned) await db.schema.alterTable(table, (t) => t.dropColumn('version'));
}
