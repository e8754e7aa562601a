import type { Knex } from 'knex';
import { normalizeSearch } from '../search';
import { createTransitionsTable } from '../transitionsTable';

const caseText = ['case_no', 'title', 'local_issue', 'activities', 'partners', 'outcomes', 'key_point_1', 'key_point_2', 'key_point_3'];

/** Cases are now also found by their key points. */
const searchCasesByKeyPoints = async (db: Knex) => {
  for (const row of await db('practice_cases').select('id', ...caseText)) {
    const text = caseText.map((f) => row[f] ?? '').join('\n');
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
  await searchCasesByKeyPoints(db);
}

export async function down(db: Knex) {
  await db.schema.dropTable('practice_case_transitions');
  await db.schema.dropTable('attachments');
}
