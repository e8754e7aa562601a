import type { Knex } from 'knex';

type Table = Knex.CreateTableBuilder;

const base = (t: Table) => {
  t.increments('id');
  t.string('created_at', 32).notNullable();
  t.string('updated_at', 32).notNullable();
};
const searchable = (t: Table) => t.text('search_text').notNullable().defaultTo('');
const ref = (t: Table, name: string, table: string, nullable = false) => {
  const c = t.integer(name).unsigned().references('id').inTable(table);
  (nullable ? c.nullable() : c.notNullable()).index();
};
const code = (t: Table, name: string, nullable = false) => {
  const c = t.string(name, 40);
  return nullable ? c.nullable() : c.notNullable();
};

export async function up(db: Knex) {
  await db.schema.createTable('wards', (t) => {
    base(t);
    t.string('code', 6).notNullable().unique();
    t.string('name', 20).notNullable().unique();
    t.integer('sort_order').notNullable();
    searchable(t);
  });

  await db.schema.createTable('citizen_centers', (t) => {
    base(t);
    t.string('name', 60).notNullable().unique();
    ref(t, 'ward_id', 'wards');
    code(t, 'kind');
    t.string('address', 200).nullable();
    t.boolean('is_shelter').notNullable();
    t.integer('built_year').nullable();
    t.boolean('active').notNullable();
    t.text('note').nullable();
    searchable(t);
  });

  await db.schema.createTable('departments', (t) => {
    base(t);
    t.string('bureau', 60).notNullable();
    t.string('section', 60).notNullable();
    code(t, 'kind').index();
    t.date('valid_from').nullable();
    t.date('valid_to').nullable();
    t.boolean('is_placeholder').notNullable();
    t.text('note').nullable();
    searchable(t);
    t.unique(['bureau', 'section']);
  });

  await db.schema.createTable('users', (t) => {
    base(t);
    t.string('login', 32).notNullable().unique();
    t.string('display_name', 60).notNullable();
    code(t, 'role');
    ref(t, 'department_id', 'departments', true);
    t.boolean('active').notNullable();
    searchable(t);
  });

  await db.schema.createTable('request_tasks', (t) => {
    base(t);
    code(t, 'task_code');
    t.integer('fiscal_year').notNullable();
    code(t, 'target_scope').index();
    t.string('title', 120).notNullable();
    t.text('description').nullable();
    ref(t, 'requesting_department_id', 'departments');
    code(t, 'category').index();
    code(t, 'basis_type');
    t.string('basis_text', 400).nullable();
    code(t, 'compensation_type');
    code(t, 'frequency');
    t.integer('times_per_year').nullable();
    t.text('months').notNullable();
    t.integer('unit_count').nullable();
    t.double('hours_per_occurrence').nullable();
    code(t, 'channel');
    t.integer('burden_level').nullable();
    t.boolean('handles_personal_data').notNullable();
    code(t, 'status').index();
    t.string('hold_reason', 400).nullable();
    t.text('issue_tags').notNullable();
    code(t, 'decision', true).index();
    t.text('proposal').nullable();
    t.text('rationale').nullable();
    t.double('hours_saved_est').nullable();
    t.date('effective_from').nullable();
    t.date('decided_on').nullable();
    code(t, 'decided_by', true);
    ref(t, 'owner_user_id', 'users', true);
    t.date('next_action_due').nullable().index();
    searchable(t);
    t.unique(['fiscal_year', 'task_code']);
  });

  await db.schema.createTable('toilet_inventories', (t) => {
    base(t);
    ref(t, 'citizen_center_id', 'citizen_centers');
    code(t, 'location');
    t.integer('western_count').notNullable();
    t.integer('squat_count').notNullable();
    t.date('surveyed_on').nullable();
    t.unique(['citizen_center_id', 'location']);
  });

  await db.schema.createTable('toilet_work_orders', (t) => {
    base(t);
    t.string('order_no', 9).notNullable().unique();
    t.integer('fiscal_year').notNullable();
    ref(t, 'citizen_center_id', 'citizen_centers');
    t.string('lot_no', 40).nullable();
    code(t, 'status').index();
    code(t, 'priority');
    t.text('priority_reasons').notNullable();
    code(t, 'squat_policy');
    t.integer('planned_conversions').notNullable();
    t.text('extras').notNullable();
    t.date('hearing_date').nullable();
    t.text('hearing_notes').nullable();
    code(t, 'procurement_method', true);
    t.bigInteger('estimated_price').nullable();
    t.bigInteger('contract_amount').nullable();
    t.string('contractor', 100).nullable();
    t.date('planned_start').nullable();
    t.date('planned_end').nullable();
    t.date('actual_start').nullable();
    t.date('actual_end').nullable();
    t.integer('closure_days').nullable();
    t.date('inspection_date').nullable();
    code(t, 'funding_source', true);
    t.integer('western_after').nullable();
    t.text('note').nullable();
    searchable(t);
  });

  await db.schema.createTable('practice_cases', (t) => {
    base(t);
    t.string('case_no', 10).notNullable().unique();
    t.string('title', 120).notNullable();
    ref(t, 'citizen_center_id', 'citizen_centers', true);
    ref(t, 'ward_id', 'wards', true);
    code(t, 'lead_org_type');
    t.text('themes').notNullable();
    t.text('local_issue').nullable();
    t.text('activities').nullable();
    t.string('partners', 400).nullable();
    t.integer('started_year').nullable();
    t.integer('participants_per_year').nullable();
    t.bigInteger('yearly_cost').nullable();
    t.text('outcomes').nullable();
    t.string('key_point_1', 200).nullable();
    t.string('key_point_2', 200).nullable();
    t.string('key_point_3', 200).nullable();
    code(t, 'transferability', true);
    code(t, 'found_via', true);
    code(t, 'status').index();
    searchable(t);
  });

  await db.schema.createTable('practice_adoptions', (t) => {
    base(t);
    ref(t, 'practice_case_id', 'practice_cases');
    ref(t, 'citizen_center_id', 'citizen_centers');
    t.date('since').nullable();
    code(t, 'status');
    t.text('note').nullable();
    t.unique(['practice_case_id', 'citizen_center_id']);
  });

  await db.schema.createTable('c1_editions', (t) => {
    base(t);
    t.integer('edition_no').notNullable().unique();
    t.integer('fiscal_year').notNullable();
    t.string('name', 80).notNullable();
    t.date('entry_open').nullable();
    t.date('entry_close').nullable();
    t.date('screening_date').nullable();
    t.date('final_date').nullable();
    t.integer('finalist_quota').nullable();
    t.string('prize_note', 400).nullable();
    t.text('criteria').notNullable();
    searchable(t);
  });

  await db.schema.createTable('c1_entries', (t) => {
    base(t);
    ref(t, 'edition_id', 'c1_editions');
    t.integer('entry_no').notNullable();
    ref(t, 'citizen_center_id', 'citizen_centers');
    code(t, 'presenter_role');
    t.string('title', 120).notNullable();
    t.text('themes').notNullable();
    t.text('local_issue').nullable();
    t.text('proposal').nullable();
    t.text('plan').nullable();
    t.bigInteger('budget_requested').nullable();
    t.text('expected_outcomes').nullable();
    t.date('submitted_on').nullable();
    code(t, 'status').index();
    code(t, 'award', true);
    t.bigInteger('prize_amount').nullable();
    ref(t, 'practice_case_id', 'practice_cases', true);
    searchable(t);
    t.unique(['edition_id', 'entry_no']);
  });
}

export async function down(db: Knex) {
  for (const table of ['c1_entries', 'c1_editions', 'practice_adoptions', 'practice_cases', 'toilet_work_orders',
    'toilet_inventories', 'request_tasks', 'users', 'departments', 'citizen_centers', 'wards']) {
    await db.schema.dropTableIfExists(table);
  }
}
