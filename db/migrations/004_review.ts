import type { Knex } from 'knex';

type Table = Knex.CreateTableBuilder;

const base = (t: Table) => {
  t.increments('id');
  t.string('created_at', 32).notNullable();
  t.string('updated_at', 32).notNullable();
  t.integer('version').notNullable().defaultTo(1);
};
const ref = (t: Table, name: string, table: string) => t.integer(name).unsigned().references('id').inTable(table);

const standardRates = "case decision when 'abolish' then 100 when 'reduce' then 50 when 'simplify' then 30 "
  + "when 'digitize' then 40 when 'merge' then 50 when 'shift' then 80 when 'continue' then 0 end";

const statsIndexColumns = [
  'fiscal_year', 'requesting_department_id', 'status', 'target_scope', 'decision',
  'annual_burden_hours', 'hours_saved_est', 'next_action_due', 'effective_from',
];

export async function up(db: Knex) {
  await db.schema.createTable('pt_sessions', (t) => {
    base(t);
    t.integer('fiscal_year').notNullable();
    t.integer('session_no').notNullable();
    t.string('name', 80).notNullable();
    t.date('held_on').nullable();
    t.text('note').nullable();
    t.text('search_text').notNullable().defaultTo('');
    t.unique(['fiscal_year', 'session_no']);
  });

  await db.schema.alterTable('request_tasks', (t) => {
    t.double('times_per_year').nullable().alter();
    t.string('held_from', 40).nullable();
    t.integer('reduction_rate').nullable();
    ref(t, 'pt_session_id', 'pt_sessions').nullable().index();
    t.double('annual_burden_hours').nullable().index();
    t.index(['hours_saved_est']);
    t.index(['effective_from']);
    t.index(['fiscal_year', 'status', 'effective_from'], 'request_tasks_fiscal_status_effective_index');
    t.index(['fiscal_year', 'next_action_due'], 'request_tasks_fiscal_due_index');
    t.index(statsIndexColumns, 'request_tasks_stats_index');
  });
  await db('request_tasks').update({
    annual_burden_hours: db.raw('round(cast(times_per_year * hours_per_occurrence * unit_count as numeric), 1)'),
  });
  await db('request_tasks').update({
    hours_saved_est: db.raw(`round(cast(annual_burden_hours * (${standardRates}) / 100.0 as numeric), 1)`),
  });

  await db.schema.createTable('request_task_transitions', (t) => {
    base(t);
    ref(t, 'request_task_id', 'request_tasks').notNullable().onDelete('CASCADE');
    ref(t, 'requesting_department_id', 'departments').notNullable().index();
    t.string('from_status', 40).notNullable();
    t.string('to_status', 40).notNullable().index();
    t.string('note', 1000).nullable();
    ref(t, 'user_id', 'users').nullable().index();
    t.string('actor', 60).nullable();
    t.index(['request_task_id', 'id']);
  });

  await db.schema.createTable('saved_views', (t) => {
    base(t);
    t.string('name', 60).notNullable();
    t.string('resource', 60).notNullable();
    t.text('filter').notNullable();
    t.text('sort').nullable();
    t.text('columns').nullable();
    t.boolean('shared').notNullable();
    ref(t, 'owner_user_id', 'users').notNullable().index();
    t.text('search_text').notNullable().defaultTo('');
    t.unique(['owner_user_id', 'resource', 'name']);
  });
}

export async function down(db: Knex) {
  await db.schema.dropTable('saved_views');
  await db.schema.dropTable('request_task_transitions');
  await db.schema.alterTable('request_tasks', (t) => {
    t.dropIndex(statsIndexColumns, 'request_tasks_stats_index');
    t.dropIndex(['fiscal_year', 'next_action_due'], 'request_tasks_fiscal_due_index');
    t.dropIndex(['fiscal_year', 'status', 'effective_from'], 'request_tasks_fiscal_status_effective_index');
    t.dropIndex(['effective_from']);
    t.dropIndex(['hours_saved_est']);
    t.dropForeign(['pt_session_id']);
    t.dropColumns('held_from', 'reduction_rate', 'pt_session_id', 'annual_burden_hours');
    t.integer('times_per_year').nullable().alter();
  });
  await db.schema.dropTable('pt_sessions');
}
