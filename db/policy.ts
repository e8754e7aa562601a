import type { enums, ResourceName } from './schema';

export type Role = (typeof enums.role)[number];
export type Action = 'read' | 'create' | 'update' | 'delete';
type Value = string | number | boolean | null;
export type Condition = Record<string, Value | readonly Value[]>;
export type Scope = Condition | readonly Condition[];

/** What a judge may see, loaded with the session: their judge records, and the rounds and entries they judge minus conflicts. */
export interface Judging {
  judge_ids: number[];
  edition_ids: number[];
  round_ids: number[];
  entry_ids: number[];
}

export interface Actor {
  id: number;
  role: Role;
  department_id: number | null;
  display_name: string;
  judging?: Judging;
}

export interface Grant {
  actions: readonly Action[];
  scope?: (actor: Actor) => Scope;
  editableWhile?: Condition;
  ownerField?: string;
  writable?: readonly string[];
  hidden?: readonly string[];
}

export const actions: readonly Action[] = ['read', 'create', 'update', 'delete'];
const readOnly: Grant = { actions: ['read'] };
const full: Grant = { actions };
const staffDirectory: Grant = { actions: ['read'], hidden: ['login'] };

const business = [
  'request_tasks', 'toilet_inventories', 'toilet_work_orders', 'practice_cases', 'practice_adoptions',
  'c1_editions', 'c1_entries', 'citizen_centers', 'departments', 'wards', 'pt_sessions', 'toilet_targets',
  'c1_judges', 'c1_judge_ties', 'c1_rounds',
] as const;
const every = (grant: Grant) => Object.fromEntries(business.map((name) => [name, grant]));

export const surveyFields = [
  'description', 'basis_type', 'basis_text', 'compensation_type', 'frequency', 'times_per_year', 'months',
  'unit_count', 'hours_per_occurrence', 'channel', 'burden_level', 'handles_personal_data', 'dept_opinion',
] as const;

const ownDepartment = (actor: Actor) => ({ requesting_department_id: actor.department_id });
const allViews: Grant = { actions, writable: ['name', 'resource', 'filter', 'sort', 'columns', 'shared'] };
const ownViews: Grant = {
  ...allViews,
  scope: (actor): Condition[] => [{ owner_user_id: actor.id }, { shared: true }],
  ownerField: 'owner_user_id',
};
const review = (views: Grant, transitions: Grant = readOnly) => ({ request_task_transitions: transitions, saved_views: views });
const familyRecords = { toilet_work_order_transitions: readOnly, toilet_conversions: readOnly, practice_case_transitions: readOnly,
  c1_round_transitions: readOnly, c1_score_sheets: readOnly };
/** A round's criteria and date change only while it is 準備中; its state moves through the workflow. */
const c1Rounds: Grant = { actions, editableWhile: { status: ['preparing'] } };
const judged = (key: keyof Judging, field = 'id'): Grant => ({ actions: ['read'], scope: (actor) => ({ [field]: actor.judging?.[key] ?? [] }) });
const judging: Partial<Record<ResourceName, Grant>> = {
  c1_editions: judged('edition_ids'),
  c1_rounds: judged('round_ids'),
  c1_entries: { ...judged('entry_ids'), hidden: ['award', 'prize_amount', 'audience_votes', 'practice_case_id'] },
  c1_judges: judged('judge_ids'),
  c1_score_sheets: {
    actions: ['read'],
    scope: (actor) => ({ judge_id: actor.judging?.judge_ids ?? [], entry_id: actor.judging?.entry_ids ?? [] }),
  },
};

/** Attachments are read with their records: only those of resources the role reads whole (no record scope). */
const wholeResources = (actor: Actor): Condition => ({
  resource: Object.entries(policy[actor.role]).filter(([name, g]) => name !== 'attachments' && g?.actions.includes('read') && !g.scope).map(([name]) => name),
});
const files = (grant: Grant): Grant => ({ ...grant, scope: wholeResources, writable: ['caption', 'alt_text', 'consent'] });

export const policy: Record<Role, Partial<Record<ResourceName, Grant>>> = {
  admin: { ...every(full), users: full, audit_events: readOnly, ...review(allViews), ...familyRecords, c1_rounds: c1Rounds, attachments: files(full) },
  secretariat: {
    ...every(full), users: staffDirectory, audit_events: readOnly, ...review(ownViews), ...familyRecords, c1_rounds: c1Rounds, attachments: files(full),
  },
  pt_member: { ...every(readOnly), users: staffDirectory, ...review(ownViews), ...familyRecords, attachments: files(readOnly) },
  dept_contact: {
    wards: readOnly,
    departments: readOnly,
    citizen_centers: readOnly,
    pt_sessions: readOnly,
    users: staffDirectory,
    ...review(ownViews, { actions: ['read'], scope: ownDepartment }),
    request_tasks: {
      actions: ['read', 'update'],
      scope: ownDepartment,
      editableWhile: { status: ['not_started', 'surveying'] },
      writable: surveyFields,
    },
  },
  viewer: { ...every(readOnly), users: staffDirectory, ...review(ownViews), ...familyRecords, attachments: files(readOnly) },
  judge: judging,
};

/** Computed C-1 results: everyone who reads every score sheet (never a judge). */
export const canSeeResults = (actor: Actor) => !grantFor(actor, 'c1_score_sheets')?.scope && can(actor, 'c1_score_sheets', 'read');

export const grantFor = (actor: Actor, resource: string): Grant | undefined =>
  policy[actor.role][resource as ResourceName];

export const matches = (record: Record<string, unknown>, condition: Condition = {}) =>
  Object.entries(condition).every(([field, expected]) =>
    Array.isArray(expected) ? expected.includes(record[field] as Value) : record[field] === expected);

export const within = (record: Record<string, unknown>, scope: Scope = {}) =>
  Array.isArray(scope) ? (scope as readonly Condition[]).some((c) => matches(record, c)) : matches(record, scope as Condition);

export const can = (actor: Actor, resource: string, action: Action, record?: Record<string, unknown>) => {
  const grant = grantFor(actor, resource);
  if (!grant?.actions.includes(action)) return false;
  if (!record) return true;
  if (!within(record, grant.scope?.(actor))) return false;
  const owned = !grant.ownerField || record[grant.ownerField] === actor.id;
  return action === 'read' || action === 'create' || (owned && matches(record, grant.editableWhile));
};

export const canRead = (actor: Actor, resource: string, field: string) =>
  !!grantFor(actor, resource)?.actions.includes('read') && !grantFor(actor, resource)?.hidden?.includes(field);

export const canWrite = (actor: Actor, resource: string, field: string) => {
  const grant = grantFor(actor, resource);
  return !grant?.writable || grant.writable.includes(field);
};

export const canRestore = (actor: Actor) => actor.role === 'admin';
