import { requestTasks } from '../db/schema';
import type { Move } from '../db/workflow';
import { requestTaskWorkflow, type Status } from '../db/workflows/requestTasks';
import { store } from './store';
import type { TestServer } from './testServer';

export const sampleValues: Record<string, unknown> = {
  decision: 'reduce', rationale: '試験のための判断理由', effective_from: '2027-04-01', decided_by: 'pt',
  proposal: '試験のための見直し案', hold_reason: '試験のための保留', next_action_due: '2027-01-15',
};

export const stateFields = (status: Status, heldFrom: Status | null = null): Record<string, unknown> => ({
  ...Object.fromEntries((requestTaskWorkflow.states[status].requires ?? []).filter((f) => f in sampleValues).map((f) => [f, sampleValues[f]])),
  ...(status === 'on_hold' ? { held_from: heldFrom ?? 'surveying' } : {}),
  ...(heldFrom ? stateFields(heldFrom) : {}),
});

export const moveBody = (move: Move) => ({
  to: move.to,
  note: `${move.name} の試験`,
  ...Object.fromEntries((move.fields ?? []).filter((f) => f in sampleValues).map((f) => [f, sampleValues[f]])),
});

let counter = 0;

export const makeTask = async (server: TestServer, status: Status, options: { heldFrom?: Status; departmentId?: number; load?: Record<string, unknown> } = {}) => {
  const n = ++counter;
  const department = options.departmentId ?? (await server.db('departments').orderBy('id').first('id')).id;
  const created = await server.db.transaction((trx) => store(requestTasks).create(trx, {
    task_code: `C-${String(n).padStart(3, '0')}`, fiscal_year: 2031, target_scope: 'community', title: `試験業務${n}`,
    requesting_department_id: department, category: 'survey', basis_type: 'custom', compensation_type: 'none',
    frequency: 'monthly', times_per_year: 12, unit_count: 100, hours_per_occurrence: 1.5, channel: 'paper', ...options.load,
  }, { actor: null }));
  await server.db(requestTasks.name).where({ id: created.id }).update({ status, ...stateFields(status, options.heldFrom) });
  return (await server.db(requestTasks.name).where({ id: created.id }).first()) as Record<string, any>;
};
