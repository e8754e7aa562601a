import type { Knex } from 'knex';
import { choiceLabel } from '../labels';
import { normalizeSearch } from '../records';
import { createTransitionsTable } from '../transitionsTable';

const caseSearch = ['case_no', 'title', 'themes', 'local_issue', 'activities', 'partners', 'outcomes', 'key_point_1', 'key_point_2', 'key_point_3'];
const themeLabels = (themes: string | null) => (JSON.parse(themes ?? '[]') as string[]).map((t) => choiceLabel('practice_cases', 'themes', t)).join(' ');

/** Cases are now also found by their theme labels and key points. */
const searchCasesByThemes = async (db: Knex) => {
  for (const row of await db('practice_cases').select('id', ...caseSearch)) {
    const text = caseSearch.map((f) => (f === 'themes' ? themeLabels(row.themes) : row[f] ?? '')).join('\n');
    await db('practice_cases').where({ id: row.id }).update({ search_text: normalizeSearch(text) });
  }
};

export async function up(db: Knex) {
  await db.schema.createTable('attachments', (t) => {
    t.increments('id');
    t.string('created_at', 32).notNullable();
    t.string('updated_at', 32).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.string('resource', 60).notNullable();
    t.integer('record_id').notNullable();
    t.string('file_name', 200).notNullable();
    t.string('mime', 100).notNullable();
    t.string('kind', 20).notNullable();
    t.bigInteger('size').notNullable();
    t.string('sha256', 64).notNullable().index();
    t.string('caption', 200).nullable();
    t.string('alt_text', 200).nullable();
    t.boolean('consent').notNullable().defaultTo(false);
    t.integer('created_by').unsigned().nullable().references('id').inTable('users');
    t.text('search_text').notNullable().defaultTo('');
    t.index(['resource', 'record_id', 'id']);
  });
  await createTransitionsTable(db, 'practice_case_transitions', 'practice_case_id', 'practice_cases');
  await searchCasesByThemes(db);
}

export async function down(db: Knex) {
  await db.schema.dropTable('practice_case_transitions');
  await db.schema.dropTable('attachments');
}
