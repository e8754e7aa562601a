import type { Knex } from 'knex';
import type { Actor } from '../db/policy';

export const actorColumns = ['id', 'role', 'department_id', 'display_name'] as const;
/** Bounds how long a write from outside the process (a shell, pg_restore) goes unseen. */
const trustedForMs = 30_000;
const maxEntries = 10_000;

type UserRow = Omit<Actor, 'judging'> & { active: boolean | number; session_epoch: number | string };
type Entry = { row: UserRow; generation: number; readAt: number };

/**
 * Moves when a users write is made and again when its transaction settles; a read is kept only if the
 * generation stayed put while it ran, and an entry of an older generation counts as missing.
 */
let generation = 0;
const caches = new WeakMap<Knex, Map<number, Entry>>();

const cacheOf = (db: Knex) => {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
};

const outermost = (trx: Knex.Transaction) => {
  let top = trx;
  while (top.parentTransaction) top = top.parentTransaction;
  return top;
};

/** Every write to `users` made by this process calls this in the transaction that makes it. */
export const usersWritten = (trx: Knex.Transaction) => {
  generation++;
  const settled = () => {
    generation++;
  };
  outermost(trx).executionPromise.then(settled, settled);
};

const accepts = (row: UserRow, epoch: number) => Boolean(row.active) && Number(row.session_epoch) === Number(epoch);

const actorOf = (row: UserRow): Actor => ({ id: row.id, role: row.role, department_id: row.department_id, display_name: row.display_name });

const fresh = (entry: Entry | undefined) => entry && entry.generation === generation && Date.now() - entry.readAt < trustedForMs;

/** The actor of a session whose user is active and whose epoch is the user's current one, else undefined. */
export const sessionActor = async (db: Knex, id: number, epoch: number): Promise<Actor | undefined> => {
  const cache = cacheOf(db);
  const cached = cache.get(id);
  if (fresh(cached) && accepts(cached!.row, epoch)) return actorOf(cached!.row);
  const started = generation;
  const readAt = Date.now();
  const row = (await db('users').where({ id }).first(...actorColumns, 'active', 'session_epoch')) as UserRow | undefined;
  if (row && generation === started) {
    if (cache.size >= maxEntries) cache.clear();
    cache.set(id, { row, generation: started, readAt });
  } else cache.delete(id);
  return row && accepts(row, epoch) ? actorOf(row) : undefined;
};
