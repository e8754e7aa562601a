import type { Request } from 'express';
import type { Knex } from 'knex';
import { locationOf } from '../../db/connection';
import { callerOf, type Caller } from '../access';
import { tracked } from './progress';
import { runJob } from './runner';

type Context = { database?: string; caller: Caller };

export const runRequestJob = async <T, D extends Context>(req: Request, db: Knex, entry: URL, data: Omit<D, keyof Context>) => {
  const progress = tracked(req);
  try {
    return await runJob<T>(entry, { ...data, database: locationOf(db), caller: callerOf(req) }, progress.update);
  } finally {
    progress.finish();
  }
};
