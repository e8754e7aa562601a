import type { Knex } from 'knex';
import { createTransitionsTable } from '../transitionsTable';

type Table = Knex.CreateTableBuilder;

const base = (t: Table) => {
  t.increments('id');
  t.string('created_at', 32).notNullable();
  t.string('updated_at', 32).notNullable();
  t.integer('version').notNullable().defaultTo(1);
};
const ref = (t: Table, name: string, table: string, nullable = false) => {
  const c = t.integer(name).unsigned().references('id').inTable(table);
  (nullable ? c.nullable() : c.notNullable()).index();
};

export async function up(db: Knex) {
  await db.schema.alterTable('c1_editions', (t) => t.string('tie_break', 40).notNullable().defaultTo('criteria_order'));
  await db.schema.alterTable('c1_entries', (t) => t.integer('audience_votes').nullable());
  await db.schema.createTable('c1_judges', (t) => {
    base(t);
    ref(t, 'edition_id', 'c1_editions');
    t.string('display_name', 60).notNullable();
    t.string('kind', 40).notNullable();
    t.text('rounds').notNullable();
    ref(t, 'user_id', 'users', true);
    t.text('search_text').notNullable().defaultTo('');
    t.unique(['edition_id', 'display_name']);
  });
  await db.schema.createTable('c1_judge_ties', (t) => {
    base(t);
    ref(t, 'judge_id', 'c1_judges');
    ref(t, 'citizen_center_id', 'citizen_centers');
    t.string('reason', 40).notNullable();
    t.string('note', 400).nullable();
    t.unique(['judge_id', 'citizen_center_id']);
  });
  await db.schema.createTable('c1_rounds', (t) => {
    base(t);
    ref(t, 'edition_id', 'c1_editions');
    t.string('kind', 40).notNullable();
    t.date('held_on').nullable();
    t.text('criteria').nullable();
    t.string('status', 40).notNullable();
    t.unique(['edition_id', 'kind']);
  });
  await createTransitionsTable(db, 'c1_round_transitions', 'c1_round_id', 'c1_rounds');
  await db.schema.createTable('c1_score_sheets', (t) => {
    base(t);
    ref(t, 'round_id', 'c1_rounds');
    ref(t, 'judge_id', 'c1_judges');
    ref(t, 'entry_id', 'c1_entries');
    t.text('scores').notNullable();
    t.text('comment').nullable();
    t.unique(['round_id', 'judge_id', 'entry_id']);
  });
}

export async function down(db: Knex) {
  for (const table of ['c1_score_sheets', 'c1_round_transitions', 'c1_rounds', 'c1_judge_ties', 'c1_judges']) await db.schema.dropTable(table);
  await db.schema.alterTable('c1_entries', (t) => t.dropColumn('audience_votes'));
  await db.schema.alterTable('c1_editions', (t) => t.dropColumn('tie_break'));
}
