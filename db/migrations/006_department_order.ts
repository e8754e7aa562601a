import type { Knex } from 'knex';

const kindRank = `case kind when 'city_bureau' then 1 when 'ward_office' then 2 when 'admin_committee' then 3 else 4 end`;

export async function up(db: Knex) {
  await db.schema.alterTable('departments', (t) => t.integer('sort_order').notNullable().defaultTo(9999));
  await db('departments').update({ sort_order: db.raw(`${kindRank} * 1000 + id`) });
  await db.schema.alterTable('departments', (t) => t.index(['sort_order']));
}

export async function down(db: Knex) {
  await db.schema.alterTable('departments', (t) => {
    t.dropIndex(['sort_order']);
    t.dropColumn('sort_order');
  });
}
