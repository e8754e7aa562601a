import type { Role } from './policy';
import type { enums } from './schema';

export type Status = (typeof enums.task_status)[number];
type Fields = Record<string, unknown>;

export interface Move {
  name: string;
  from: Status;
  to: Status;
  roles: readonly Role[];
  fields?: readonly string[];
  noteRequired?: boolean;
  resume?: boolean;
  sets?: (task: Fields, today: string) => Fields;
}

const decision = ['decision', 'rationale', 'effective_from', 'decided_by'];
const requiredMessage = (state: string) => `「${state}」の業務には入力が必要です`;

export const states: Record<Status, { requires?: readonly string[]; message?: string }> = {
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
};

export const decidedStates: readonly Status[] = ['decided', 'implementing', 'implemented', 'verified'];
export const openStates: readonly Status[] = ['not_started', 'surveying', 'surveyed', 'drafting', 'pt_review'];
const holdable: readonly Status[] = [...openStates, 'decided', 'implementing'];
const staff: readonly Role[] = ['admin', 'secretariat'];
export const commonMoveFields = ['next_action_due'];

export const moves: readonly Move[] = [
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
  ...holdable.map((from): Move => ({
    name: 'hold', from, to: 'on_hold', roles: staff, fields: ['hold_reason'], sets: () => ({ held_from: from }),
  })),
  ...holdable.map((to): Move => ({
    name: 'resume', from: 'on_hold', to, roles: staff, resume: true, sets: () => ({ held_from: null, hold_reason: null }),
  })),
];

type Task = { status: string; held_from?: string | null };

const reachable = (task: Task, move: Move) => move.from === task.status && (!move.resume || task.held_from === move.to);

export const movesFor = (task: Task, role?: Role) =>
  moves.filter((m) => reachable(task, m) && (!role || m.roles.includes(role)));

export const findMove = (task: Task, to: string) => moves.find((m) => reachable(task, m) && m.to === to);

export const acceptedFields = (move: Move) => [...commonMoveFields, ...(move.fields ?? [])];

const blank = (value: unknown) => value == null || value === '' || value === 'undecided';

export const stateErrors = (record: Fields & Task) => {
  const { requires = [], message = '' } = states[record.status as Status] ?? {};
  return Object.fromEntries(requires.filter((f) => blank(record[f])).map((f) => [f, message]));
};
