import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Actor } from '../db/policy';
import type { Db, Row } from './store';

export type Change = { old: unknown; new: unknown };

export interface AuditEntry {
  action: string;
  resource?: string;
  record_id?: number;
  changes?: Record<string, Change>;
  actor?: Pick<Actor, 'id' | 'display_name'> | null;
  name?: string;
  ip?: string;
}

export const same = (a: unknown, b: unknown): boolean => {
  if ((a ?? null) === (b ?? null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  return JSON.stringify(a) === JSON.stringify(b);
};

export const diff = (before: Row, after: Row, ignore: string[] = ['updated_at', 'version']) => {
  const changes: Record<string, Change> = {};
  const compare = (key: string) => {
    if (!ignore.includes(key) && !same(before[key], after[key])) changes[key] = { old: before[key] ?? null, new: after[key] ?? null };
  };
  for (const key in before) compare(key);
  for (const key in after) if (!(key in before)) compare(key);
  return changes;
};

const rowOf = (entry: AuditEntry) => {
  const now = new Date().toISOString();
  return {
    created_at: now,
    updated_at: now,
    user_id: entry.actor?.id ?? null,
    actor: (entry.actor?.display_name ?? entry.name ?? null)?.slice(0, 60) ?? null,
    action: entry.action,
    resource: entry.resource ?? null,
    record_id: entry.record_id ?? null,
    changes: JSON.stringify(entry.changes ?? {}),
    ip: entry.ip ?? null,
  };
};

export type Auditor = (db: Db | Knex, entry: AuditEntry) => Promise<void>;

export const audit: Auditor = async (db, entry) => {
  await db('audit_events').insert(rowOf(entry));
};

const rowsPerInsert = 200;

/** For a bulk write: entries noted as its records change, inserted together by `flush` inside the same transaction. */
export const auditBatch = () => {
  const rows: ReturnType<typeof rowOf>[] = [];
  const note: Auditor = async (_db, entry) => {
    rows.push(rowOf(entry));
  };
  const flush = async (db: Db) => {
    for (let i = 0; i < rows.length; i += rowsPerInsert) await db('audit_events').insert(rows.slice(i, i + rowsPerInsert));
    rows.length = 0;
  };
  return { note, flush };
};

export const whoFrom = (req: Pick<Request, 'actor' | 'ip'>) => ({ actor: req.actor ?? null, ip: req.ip });
