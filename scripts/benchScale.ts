import type { Knex } from 'knex';
import { toRow } from '../db/records';
import { enums, requestTasks } from '../db/schema';
import { createRng } from '../db/seeds/random';
import { decidedStates } from '../db/workflows/requestTasks';

export const benchFiscalYear = 2026;

type Override = (i: number) => Record<string, unknown>;
const uncoded: Override = (i) => ({ task_code: `B-${String(i).padStart(6, '0')}`, fiscal_year: benchFiscalYear });

/** Valid tasks (codes C-000…S-999, 2,000 a year from 2030), not started, so every one can be edited or imported. */
export const coded: Override = (i) => {
  const center = i % 2000 >= 1000;
  return {
    task_code: `${center ? 'S' : 'C'}-${String(i % 1000).padStart(3, '0')}`, fiscal_year: 2030 + Math.floor(i / 2000),
    target_scope: center ? 'center' : 'community', status: 'not_started', hold_reason: null, held_from: null, decision: null,
    rationale: null, effective_from: null, decided_by: null,
  };
};

/**
 * `count` generated request tasks spread over every department, user and choice; by default all of fiscal year
 * 2026 with codes outside the C-/S- pattern (more tasks in one year than real codes allow, the worst case for lists).
 */
export const insertTasks = async (db: Knex, count: number, override = uncoded) => {
  const rng = createRng(0xbe4c4);
  const departments: number[] = await db('departments').pluck('id');
  const users: number[] = await db('users').pluck('id');
  const rows = Array.from({ length: count }, (_, i) => {
    const status = rng.pick(enums.task_status);
    const decided = decidedStates.includes(status);
    return toRow(requestTasks, {
      target_scope: rng.pick(enums.target_scope),
      title: `ベンチマーク用の依頼業務 ${i}`, description: null, requesting_department_id: rng.pick(departments),
      category: rng.pick(enums.category), basis_type: rng.pick(enums.basis_type), basis_text: null, compensation_type: rng.pick(enums.compensation_type),
      frequency: rng.pick(enums.frequency), times_per_year: rng.int(1, 52), months: [rng.int(1, 12)], unit_count: rng.int(1, 2000),
      hours_per_occurrence: rng.pick([0.5, 1, 2, 4]), channel: rng.pick(enums.channel), burden_level: rng.int(1, 5),
      handles_personal_data: rng.chance(0.2), dept_opinion: null, status, hold_reason: status === 'on_hold' ? '保留' : null,
      held_from: status === 'on_hold' ? 'surveying' : null, issue_tags: [], decision: decided ? rng.pick(enums.decision.slice(0, 7)) : null,
      proposal: null, rationale: decided ? '理由' : null, reduction_rate: null, effective_from: decided ? rng.date('2026-04-01', '2028-03-31') : null,
      decided_on: null, decided_by: decided ? 'pt' : null, owner_user_id: rng.pick(users), pt_session_id: null,
      next_action_due: rng.chance(0.9) ? rng.date('2026-04-01', '2027-03-31') : null,
      created_at: '2026-04-01T00:00:00.000Z', updated_at: '2026-04-01T00:00:00.000Z', version: 1, ...override(i),
    });
  });
  await db.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx('request_tasks').insert(rows.slice(i, i + 500));
  });
};

const auditActions = ['update', 'update', 'update', 'create', 'transition', 'transition', 'login', 'logout', 'delete', 'login_failed'];

/** `count` audit events over the last two years: edits of request tasks by every user, sign-ins and exports. */
export const insertAuditEvents = async (db: Knex, count: number) => {
  const rng = createRng(0xa0d17);
  const users: { id: number; display_name: string }[] = await db('users').select('id', 'display_name');
  const [{ low, high }] = await db('request_tasks').select(db.raw('min(id) as low, max(id) as high'));
  const start = Date.parse('2024-12-01T00:00:00Z');
  const step = (Date.now() - start) / count;
  await db.transaction(async (trx) => {
    for (let done = 0; done < count; done += 400) {
      const rows = Array.from({ length: Math.min(400, count - done) }, (_, i) => {
        const user = rng.pick(users);
        const action = rng.pick(auditActions);
        const onRecord = !['login', 'logout'].includes(action);
        const at = new Date(start + (done + i) * step).toISOString();
        return {
          created_at: at, updated_at: at, user_id: user.id, actor: user.display_name, action,
          resource: onRecord ? 'request_tasks' : null, record_id: onRecord ? rng.int(Number(low), Number(high)) : null,
          changes: onRecord ? JSON.stringify({ title: { old: '変更前', new: '変更後' } }) : '{}', ip: `10.0.${rng.int(0, 9)}.${rng.int(1, 254)}`,
        };
      });
      await trx('audit_events').insert(rows);
    }
  });
};

/** Median and 95th percentile in milliseconds of `runs` timed calls after one warm-up. */
export const timings = async (runs: number, work: () => Promise<unknown>) => {
  const times: number[] = [];
  await work();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], p95: times[Math.ceil(runs * 0.95) - 1] };
};
