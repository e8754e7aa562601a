import type { Knex } from 'knex';

/**
 * Every column the request-task list sorts by, after the fiscal year the list always filters on and before the id
 * tie-break, so a page of 100,000 tasks (and the ids of a deep page) is read off an index.
 */
export const taskSorts = [
  'task_code', 'title', 'target_scope', 'requesting_department_id', 'category', 'basis_type', 'compensation_type', 'frequency',
  'channel', 'burden_level', 'annual_burden_hours', 'status', 'decision', 'hours_saved_est', 'effective_from', 'next_action_due',
  'owner_user_id', 'pt_session_id',
];

const indexName = (column: string) => `request_tasks_year_${column}_id_index`;

export async function up(db: Knex) {
  await db.schema.alterTable('request_tasks', (t) => {
    for (const column of taskSorts) t.index(['fiscal_year', column, 'id'], indexName(column));
    t.index(['fiscal_year', 'id'], indexName('fiscal_year'));
  });
}

export async function down(db: Knex) {
  await db.schema.alterTable('request_tasks', (t) => {
    for (const column of taskSorts) t.dropIndex(['fiscal_year', column, 'id'], indexName(column));
    t.dropIndex(['fiscal_year', 'id'], indexName('fiscal_year'));
  });
}
