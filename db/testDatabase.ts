import knex from 'knex';
import { randomBytes } from 'node:crypto';

/**
 * A fresh, empty database for one test server: the given SQLite file, or, when TEST_DATABASE_URL points to a
 * PostgreSQL server, a new database there (dropped again afterwards) so test files stay parallel.
 */
type Options = { sqlite?: boolean; server?: string };

export const testDatabase = async (file: string, { sqlite = false, server }: Options = {}) => {
  server ??= sqlite ? undefined : process.env.TEST_DATABASE_URL;
  if (!server) return { location: file, drop: async () => {} };
  const name = `console_test_${randomBytes(6).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: server, pool: { min: 0, max: 1 } });
  await admin.raw("create database ?? template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'", [name]);
  await admin.destroy();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      const again = knex({ client: 'pg', connection: server, pool: { min: 0, max: 1 } });
      try {
        for (let attempt = 1; ; attempt++) {
          // an autovacuum worker may still be in the database, and only pg_signal_backend may end it: wait for it instead
          const dropped = await again.raw('drop database if exists ?? with (force)', [name]).then(() => true, (err) => {
            if (attempt === 20) throw err;
            return false;
          });
          if (dropped) return;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      } finally {
        await again.destroy();
      }
    },
  };
};

/** A benchmark's scratch database: on the PostgreSQL server of DATABASE_URL when set (never in that database itself). */
export const benchDatabase = (file: string) => testDatabase(file, { server: process.env.DATABASE_URL });
