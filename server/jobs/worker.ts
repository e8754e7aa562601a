import type { Knex } from 'knex';
import { once } from 'node:events';
import { connect } from '../../db/connection';
import { HttpError, Refusal } from '../errors';
import type { Outcome, Progress } from './protocol';

export interface JobContext<D> {
  db: Knex;
  data: D;
  report: (progress: Progress) => void;
  writing: (on: boolean) => void;
}

const post = (message: Outcome) => new Promise<void>((resolve) => process.send!(message, undefined, {}, () => resolve()));

const serialize = (err: unknown): Outcome => {
  if (err instanceof HttpError) {
    const { status, message, errors, details } = err;
    return { type: 'error', error: { status, message, errors, details, entry: err instanceof Refusal ? err.entry : undefined } };
  }
  console.error(err);
  return { type: 'error', error: { message: 'job failed' } };
};

export const serveJob = async <D extends { database?: string }>(job: (context: JobContext<D>) => Promise<unknown>) => {
  const started = once(process, 'message');
  void post({ type: 'ready' });
  const [{ data }] = (await started) as [{ data: D }];
  const db = connect(data.database);
  let last = 0;
  const report = (progress: Progress) => {
    const now = Date.now();
    if (now - last < 200 && progress.done !== progress.total) return;
    last = now;
    void post({ type: 'progress', progress });
  };
  try {
    await post({ type: 'result', value: await job({ db, data, report, writing: (on) => void post({ type: 'writing', on }) }) });
  } catch (err) {
    await post(serialize(err));
  } finally {
    await db.destroy();
    process.disconnect();
  }
};
