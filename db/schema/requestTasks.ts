import { z } from 'zod';
import { code, date, fiscalYear, flag, id, int, months, note, one, optId, optInt, optNumber, optOne, resource, set, text, transitionsOf } from './fields';
import type { Errors } from './fields';
import { enums } from '../enums';
import { annualBurdenHours, hoursSaved } from '../burden';
import { requestTaskWorkflow } from '../workflows/requestTasks';

export const requestTasks = resource({
  name: 'request_tasks',
  fields: z.object({
    task_code: code(/^[CS]-\d{3}$/, 'C-001 / S-001'),
    fiscal_year: fiscalYear(),
    target_scope: one(enums.target_scope),
    title: text(120),
    description: note(),
    requesting_department_id: id(),
    category: one(enums.category),
    basis_type: one(enums.basis_type),
    basis_text: note(400),
    compensation_type: one(enums.compensation_type),
    frequency: one(enums.frequency),
    times_per_year: optNumber(400),
    months: months(),
    unit_count: optInt(0, 100_000),
    hours_per_occurrence: optNumber(1000),
    channel: one(enums.channel),
    burden_level: optInt(1, 5),
    handles_personal_data: flag(),
    dept_opinion: note(1000),
    status: one(enums.task_status).default('not_started'),
    hold_reason: note(400),
    held_from: optOne(enums.task_status),
    issue_tags: set(enums.issue_tag),
    decision: optOne(enums.decision),
    proposal: note(),
    rationale: note(),
    reduction_rate: optInt(0, 100),
    effective_from: date(),
    decided_on: date(),
    decided_by: optOne(enums.decided_by),
    owner_user_id: optId(),
    pt_session_id: optId(),
    next_action_due: date(),
  }),
  references: { requesting_department_id: 'departments', owner_user_id: 'users', pt_session_id: 'pt_sessions' },
  managed: ['status', 'held_from'],
  derived: {
    annual_burden_hours: { type: optNumber(1_000_000_000), compute: annualBurdenHours },
    hours_saved_est: { type: optNumber(1_000_000_000), compute: hoursSaved },
  },
  unique: [['fiscal_year', 'task_code']],
  search: ['task_code', 'title', 'description', 'basis_text', 'proposal', 'requesting_department_id', 'category'],
  title: ['task_code', 'title'],
  workflow: requestTaskWorkflow,
  check: (r) => {
    const errors: Errors = {};
    const scopePrefix = r.target_scope === 'community' ? 'C-' : 'S-';
    if (!r.task_code.startsWith(scopePrefix)) errors.task_code = `依頼先区分に合わせて ${scopePrefix} で始めてください`;
    return errors;
  },
});

export const requestTaskTransitions = transitionsOf('request_task_transitions', 'request_tasks', 'request_task_id', enums.task_status, {
  requesting_department_id: [id(), 'departments'],
});

export const ptSessions = resource({
  name: 'pt_sessions',
  fields: z.object({
    fiscal_year: fiscalYear(),
    session_no: int(1, 99),
    name: text(80),
    held_on: date(),
    note: note(),
  }),
  unique: [['fiscal_year', 'session_no']],
  search: ['name', 'note'],
  title: ['name'],
});

export type RequestTask = z.infer<typeof requestTasks.fields>;
