import type { Knex } from 'knex';

/** Every column the audit list sorts by, with the id tie-break, so a page of a million events is read off an index. */
export const auditSorts = ['actor', 'action', 'resource', 'record_id', 'ip', 'created_at'];

const indexName = (column: string) => `audit_events_${column}_id_index`;

export async function up(db: Knex) {
  await db.schema.alterTable('audit_events', (t) => {
    for (const column of auditSorts) t.index([column, 'id'], indexName(column));
  });
}

export async function down(db: Knex) {
  await db.schema.alterTable('audit_events', (t) => {
    for (const column of auditSorts) t.dropIndex([column, 'id'], indexName(column));
  });
}
