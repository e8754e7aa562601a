import type { Knex } from 'knex';
import { createSearchIndex, dropSearchIndex } from '../searchIndex';

const searchable = ['wards', 'citizen_centers', 'departments', 'users', 'request_tasks', 'toilet_work_orders', 'practice_cases',
  'c1_editions', 'c1_entries', 'pt_sessions', 'saved_views', 'attachments', 'c1_judges'];

export async function up(db: Knex) {
  for (const table of searchable) await createSearchIndex(db, table);
}

export async function down(db: Knex) {
  for (const table of searchable) await dropSearchIndex(db, table);
}
