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

export const same = (a: unknown, b: unknown) => {
  if ((a ?? null) === (b ?? null)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
};

export const diff = (before: Row, after: Row, ignore: string[] = ['updated_at', 'version']) => {
  const changes: Record<string, Change> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!ignore.includes(key) && !same(before[key], after[key])) changes[key] = { old: before[key] ?? null, new: after[key] ?? null };
  }
  return changes;
};

export const audit = async (db: Db | Knex, entry: AuditEntry) => {
  const now = new Date().toISOString();
  await db('audit_events').insert({
    created_at: now,
    updated_at: now,
    user_id: entry.actor?.id ?? null,
    actor: (entry.actor?.display_name ?? entry.name ?? null)?.slice(0, 60) ?? null,
    action: entry.action,
    resource: entry.resource ?? null,
    record_id: entry.record_id ?? null,
    changes: JSON.stringify(entry.changes ?? {}),
    ip: entry.ip ?? null,
  });
};

export const whoFrom = (req: Pick<Request, 'actor' | 'ip'>) => ({ actor: req.actor ?? null, ip: req.ip });
