import type { Knex } from 'knex';
import { createTransitionsTable } from '../transitionsTable';

const base = (t: Knex.CreateTableBuilder) => {
  t.increments('id');
  t.string('created_at', 32).notNullable();
  t.string('updated_at', 32).notNullable();
  t.integer('version').notNullable().defaultTo(1);
};

export async function up(db: Knex) {
  await db.schema.alterTable('toilet_work_orders', (t) => {
    t.string('held_from', 40).nullable();
    t.string('hold_reason', 400).nullable();
    t.string('cancel_reason', 400).nullable();
  });
  await createTransitionsTable(db, 'toilet_work_order_transitions', 'toilet_work_order_id', 'toilet_work_orders');
  await db.schema.createTable('toilet_conversions', (t) => {
    base(t);
    t.integer('toilet_work_order_id').unsigned().notNullable().references('id').inTable('toilet_work_orders').onDelete('CASCADE').index();
    t.integer('citizen_center_id').unsigned().notNullable().references('id').inTable('citizen_centers').index();
    t.string('location', 40).notNullable();
    t.integer('stalls').notNullable();
  });
  await db.schema.createTable('toilet_targets', (t) => {
    base(t);
    t.integer('fiscal_year').notNullable().unique();
    t.integer('target_percent').notNullable();
    t.text('note').nullable();
  });
}

export async function down(db: Knex) {
  await db.schema.dropTable('toilet_targets');
  await db.schema.dropTable('toilet_conversions');
  await db.schema.dropTable('toilet_work_order_transitions');
  await db.schema.alterTable('toilet_work_orders', (t) => {
    t.dropColumn('held_from');
    t.dropColumn('hold_reason');
    t.dropColumn('cancel_reason');
  });
}
