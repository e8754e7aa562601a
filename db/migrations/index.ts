import type { Knex } from 'knex';
import * as initial from './001_initial';
import * as accounts from './002_accounts';

const migrations: Record<string, Knex.Migration> = {
  '001_initial': initial,
  '002_accounts': accounts,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
