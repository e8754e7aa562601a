import type { Role } from '../policy';
import type { enums } from '../enums';
import { defineWorkflow, holdMoves, type Move } from '../workflow';

export type Status = (typeof enums.task_status)[number];

const decision = ['decision', 'rationale', 'effective_from', 'decided_by'];
const requiredMessage = (state: string) => `「${state}」の業務には入力が必要です`;

export const decidedStates: readonly Status[] = ['decided', 'implementing', 'implemented', 'verified'];
export const openStates: readonly Status[] = ['not_started', 'surveying', 'surveyed', 'drafting', 'pt_review'];
const staff: readonly Role[] = ['admin', 'secretariat'];

const moves: Move<Status>[] = [
  { name: 'survey', from: 'not_started', to: 'surveying', roles: staff },
  { name: 'answer', from: 'surveying', to: 'surveyed', roles: [...staff, 'dept_contact'] },
  { name: 'resurvey', from: 'surveyed', to: 'surveying', roles: staff, noteRequired: true },
  { name: 'draft', from: 'surveyed', to: 'drafting', roles: staff },
  { name: 'submit', from: 'drafting', to: 'pt_review', roles: staff, fields: ['proposal', 'pt_session_id'] },
  { name: 'send_back', from: 'pt_review', to: 'drafting', roles: staff, noteRequired: true },
  {
    name: 'decide', from: 'pt_review', to: 'decided', roles: staff,
    fields: [...decision, 'decided_on', 'reduction_rate', 'proposal'],
    sets: (task, today) => ({ decided_on: task.decided_on ?? today }),
  },
  { name: 'reconsider', from: 'decided', to: 'pt_review', roles: staff, fields: ['proposal'], noteRequired: true },
  { name: 'implement', from: 'decided', to: 'implementing', roles: staff },
  { name: 'complete', from: 'implementing', to: 'implemented', roles: staff },
  { name: 'verify', from: 'implemented', to: 'verified', roles: staff },
  ...holdMoves<Status>({ from: [...openStates, 'decided', 'implementing'], to: 'on_hold', roles: staff, reason: 'hold_reason' }),
];

export const requestTaskWorkflow = defineWorkflow<Status>({
  resource: 'request_tasks',
  states: {
    not_started: {},
    surveying: {},
    surveyed: {},
    drafting: {},
    pt_review: { requires: ['proposal'], message: 'PT協議には見直し案が必要です' },
    decided: { requires: decision, message: requiredMessage('決定') },
    implementing: { requires: decision, message: requiredMessage('実施中') },
    implemented: { requires: decision, message: requiredMessage('実施済') },
    verified: { requires: decision, message: requiredMessage('効果検証済') },
    on_hold: { requires: ['hold_reason', 'held_from'], message: '保留にするには理由を入力してください' },
  },
  moves,
  commonFields: ['next_action_due'],
  history: { resource: 'request_task_transitions', key: 'request_task_id', carry: ['requesting_department_id'] },
});
