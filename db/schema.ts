import { z } from 'zod';
import { enums } from './enums';
import { annualBurdenHours, hoursSaved } from './burden';
import type { Workflow } from './workflow';
import { requestTaskWorkflow } from './workflows/requestTasks';
import { practiceCaseWorkflow } from './workflows/practiceCases';
import { toiletWorkOrderWorkflow } from './workflows/toiletWorkOrders';
import { c1RoundWorkflow } from './workflows/c1Rounds';

export { enums };

const controlMessage = '制御文字（改行以外の見えない文字や文字の向きを変える文字）は使えません';
const lineControls = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const blockControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const text = (max = 200) => z.string().trim().min(1, '入力してください').max(max).refine((s) => !lineControls.test(s), controlMessage);
const note = (max = 4000) => z.string().trim().max(max).refine((s) => !blockControls.test(s), controlMessage).nullable().default(null);
const code = (pattern: RegExp, example: string) => z.string().regex(pattern, `${example} の形式で入力してください`);
const int = (min = 0, max = 1_000_000_000) => z.int().min(min).max(max);
const optInt = (min = 0, max = 1_000_000_000) => int(min, max).nullable().default(null);
const optNumber = (max = 100_000) => z.number().min(0).max(max).nullable().default(null);
const fiscalYear = () => z.int().min(2000).max(2100).describe('fiscal_year');
const date = () => z.iso.date('YYYY-MM-DD の日付を入力してください').nullable().default(null);
const id = () => z.int().positive();
const optId = () => id().nullable().default(null);
const flag = (value = false) => z.boolean().default(value);
const one = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
const optOne = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable().default(null);
const set = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).max(values.length).default([]);
const criteria = () => z.array(z.object({ name: text(40), weight: int(1, 100) })).max(10);
const months = () => z.array(z.int().min(1).max(12)).max(12).default([]);

type Fields = z.ZodObject<z.ZodRawShape>;
type Errors = Record<string, string>;

export interface Resource<F extends Fields = Fields> {
  name: string;
  fields: F;
  references: Record<string, string>;
  /** What `q` searches: text fields, choice fields (by Japanese label) and references (by the referenced record's search). */
  search: string[];
  unique: string[][];
  internal: string[];
  title?: string[];
  check?: (record: z.infer<F>) => Errors;
  managed?: string[];
  derived?: Record<string, { type: z.ZodType; compute: (record: z.infer<F>) => unknown }>;
  readOnly?: boolean;
  workflow?: Workflow;
  /** Files can be attached to its records (server/attachments/). */
  attachments?: boolean;
}

const resource = <F extends Fields>(def: Omit<Resource<F>, 'references' | 'unique' | 'search' | 'internal'> & Partial<Resource<F>>) =>
  ({ references: {}, unique: [], search: [], internal: [], ...def }) as Resource<F>;

const errorIf = (condition: unknown, field: string, message: string): Errors => (condition ? { [field]: message } : {});

const notBefore = (errors: Errors, record: Record<string, unknown>, from: string, to: string) => {
  const [a, b] = [record[from], record[to]];
  if (typeof a === 'string' && typeof b === 'string' && b < a) errors[to] = '開始日より前の日付は指定できません';
  return errors;
};

export const wards = resource({
  name: 'wards',
  fields: z.object({ code: code(/^\d{6}$/, '6桁の数字'), name: text(20), sort_order: int(0, 999) }),
  unique: [['code'], ['name']],
  search: ['name'],
  title: ['name'],
});

export const citizenCenters = resource({
  name: 'citizen_centers',
  fields: z.object({
    name: text(60),
    ward_id: id(),
    kind: one(enums.center_kind),
    address: note(200),
    is_shelter: flag(),
    built_year: optInt(1900, 2100),
    active: flag(true),
    note: note(),
  }),
  references: { ward_id: 'wards' },
  unique: [['name']],
  search: ['name', 'address', 'ward_id'],
  title: ['name'],
});

export const departments = resource({
  name: 'departments',
  fields: z.object({
    bureau: text(60),
    section: text(60),
    kind: one(enums.department_kind),
    sort_order: int(0, 9999).default(9999),
    valid_from: date(),
    valid_to: date(),
    is_placeholder: flag(),
    note: note(),
  }),
  unique: [['bureau', 'section']],
  search: ['bureau', 'section'],
  title: ['bureau', 'section'],
  check: (r) => notBefore({}, r, 'valid_from', 'valid_to'),
});

export const users = resource({
  name: 'users',
  fields: z.object({
    login: code(/^[a-z][a-z0-9_.-]{2,31}$/, '半角英小文字で始まる3〜32文字'),
    display_name: text(60),
    role: one(enums.role),
    department_id: optId(),
    active: flag(true),
  }),
  references: { department_id: 'departments' },
  unique: [['login']],
  search: ['display_name'],
  internal: ['password_hash', 'session_epoch'],
  title: ['display_name'],
});

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

export const toiletInventories = resource({
  name: 'toilet_inventories',
  fields: z.object({
    citizen_center_id: id(),
    location: one(enums.toilet_location),
    western_count: int(0, 99),
    squat_count: int(0, 99),
    surveyed_on: date(),
  }),
  references: { citizen_center_id: 'citizen_centers' },
  unique: [['citizen_center_id', 'location']],
});

export const toiletWorkOrders = resource({
  name: 'toilet_work_orders',
  fields: z.object({
    order_no: code(/^T\d{4}-\d{3}$/, 'T2026-001'),
    fiscal_year: fiscalYear(),
    citizen_center_id: id(),
    lot_no: note(40),
    status: one(enums.work_status).default('planned'),
    priority: one(enums.level).default('medium'),
    priority_reasons: set(enums.priority_reason),
    squat_policy: one(enums.squat_policy).default('undecided'),
    planned_conversions: int(0, 99).default(0),
    extras: set(enums.extra),
    hearing_date: date(),
    hearing_notes: note(),
    procurement_method: optOne(enums.procurement_method),
    estimated_price: optInt(),
    contract_amount: optInt(),
    contractor: note(100),
    planned_start: date(),
    planned_end: date(),
    actual_start: date(),
    actual_end: date(),
    closure_days: optInt(0, 365),
    inspection_date: date(),
    funding_source: optOne(enums.funding_source),
    western_after: optInt(0, 99),
    hold_reason: note(400),
    held_from: optOne(enums.work_status),
    cancel_reason: note(400),
    note: note(),
  }),
  references: { citizen_center_id: 'citizen_centers' },
  unique: [['order_no']],
  search: ['order_no', 'lot_no', 'contractor', 'hearing_notes', 'note', 'citizen_center_id'],
  title: ['order_no'],
  managed: ['status', 'held_from'],
  workflow: toiletWorkOrderWorkflow,
  check: (r) => notBefore(notBefore({}, r, 'planned_start', 'planned_end'), r, 'actual_start', 'actual_end'),
});

/** The stalls a completed work order converted per location: what a reopen gives back. */
export const toiletConversions = resource({
  name: 'toilet_conversions',
  fields: z.object({
    toilet_work_order_id: id(),
    citizen_center_id: id(),
    location: one(enums.toilet_location),
    stalls: int(1, 99),
  }),
  references: { toilet_work_order_id: 'toilet_work_orders', citizen_center_id: 'citizen_centers' },
  readOnly: true,
});

export const toiletTargets = resource({
  name: 'toilet_targets',
  fields: z.object({ fiscal_year: fiscalYear(), target_percent: int(0, 100), note: note(400) }),
  unique: [['fiscal_year']],
  title: ['fiscal_year'],
});

export const practiceCases = resource({
  name: 'practice_cases',
  fields: z.object({
    case_no: code(/^P-\d{4}-\d{3}$/, 'P-2026-001'),
    title: text(120),
    citizen_center_id: optId(),
    ward_id: optId(),
    lead_org_type: one(enums.lead_org_type),
    themes: set(enums.theme),
    local_issue: note(),
    activities: note(),
    partners: note(400),
    started_year: optInt(1950, 2100),
    participants_per_year: optInt(),
    yearly_cost: optInt(),
    outcomes: note(),
    key_point_1: note(200),
    key_point_2: note(200),
    key_point_3: note(200),
    transferability: optOne(enums.level),
    found_via: optOne(enums.found_via),
    status: one(enums.case_status).default('candidate'),
  }),
  references: { citizen_center_id: 'citizen_centers', ward_id: 'wards' },
  unique: [['case_no']],
  search: ['case_no', 'title', 'local_issue', 'activities', 'partners', 'outcomes', 'key_point_1', 'key_point_2', 'key_point_3', 'themes',
    'citizen_center_id', 'ward_id'],
  title: ['case_no', 'title'],
  managed: ['status'],
  workflow: practiceCaseWorkflow,
  attachments: true,
  check: (r) => errorIf(!r.citizen_center_id && !r.ward_id, 'citizen_center_id', '市民センターか区のどちらかを指定してください'),
});

export const practiceAdoptions = resource({
  name: 'practice_adoptions',
  fields: z.object({
    practice_case_id: id(),
    citizen_center_id: id(),
    since: date(),
    status: one(enums.adoption_status).default('considering'),
    note: note(),
  }),
  references: { practice_case_id: 'practice_cases', citizen_center_id: 'citizen_centers' },
  unique: [['practice_case_id', 'citizen_center_id']],
});

export const c1Editions = resource({
  name: 'c1_editions',
  fields: z.object({
    edition_no: int(1, 999),
    fiscal_year: fiscalYear(),
    name: text(80),
    entry_open: date(),
    entry_close: date(),
    screening_date: date(),
    final_date: date(),
    finalist_quota: optInt(1, 99),
    prize_note: note(400),
    criteria: criteria().default([]),
    tie_break: one(enums.tie_break).default('criteria_order'),
  }),
  unique: [['edition_no']],
  search: ['name'],
  title: ['name'],
  check: (r) => notBefore({}, r, 'entry_open', 'entry_close'),
});

export const c1Entries = resource({
  name: 'c1_entries',
  fields: z.object({
    edition_id: id(),
    entry_no: int(1, 9999),
    citizen_center_id: id(),
    presenter_role: one(enums.presenter_role),
    title: text(120),
    themes: set(enums.theme),
    local_issue: note(),
    proposal: note(),
    plan: note(),
    budget_requested: optInt(),
    expected_outcomes: note(),
    submitted_on: date(),
    status: one(enums.entry_status).default('draft'),
    award: optOne(enums.award),
    prize_amount: optInt(),
    audience_votes: optInt(0, 1_000_000),
    practice_case_id: optId(),
  }),
  references: { edition_id: 'c1_editions', citizen_center_id: 'citizen_centers', practice_case_id: 'practice_cases' },
  unique: [['edition_id', 'entry_no']],
  search: ['title', 'local_issue', 'proposal', 'themes', 'citizen_center_id'],
  title: ['entry_no', 'title'],
  attachments: true,
  check: (r) => errorIf(r.award && !['awarded', 'implementing', 'reported'].includes(r.status), 'award', '賞は受賞した応募にだけ設定できます'),
});

export const c1Judges = resource({
  name: 'c1_judges',
  fields: z.object({
    edition_id: id(),
    display_name: text(60),
    kind: one(enums.judge_kind),
    rounds: set(enums.round_kind),
    user_id: optId(),
  }),
  references: { edition_id: 'c1_editions', user_id: 'users' },
  unique: [['edition_id', 'display_name']],
  search: ['display_name'],
  title: ['display_name'],
});

export const c1JudgeTies = resource({
  name: 'c1_judge_ties',
  fields: z.object({ judge_id: id(), citizen_center_id: id(), reason: one(enums.tie_reason), note: note(400) }),
  references: { judge_id: 'c1_judges', citizen_center_id: 'citizen_centers' },
  unique: [['judge_id', 'citizen_center_id']],
});

export const c1Rounds = resource({
  name: 'c1_rounds',
  fields: z.object({
    edition_id: id(),
    kind: one(enums.round_kind),
    held_on: date(),
    criteria: criteria().nullable().default(null),
    status: one(enums.round_status).default('preparing'),
  }),
  references: { edition_id: 'c1_editions' },
  unique: [['edition_id', 'kind']],
  title: ['edition_id', 'kind'],
  managed: ['status'],
  workflow: c1RoundWorkflow,
});

/** One judge's scores of one entry in one round: criterion name → 1..5, written only through the sheet route. */
export const c1ScoreSheets = resource({
  name: 'c1_score_sheets',
  fields: z.object({
    round_id: id(),
    judge_id: id(),
    entry_id: id(),
    scores: z.record(z.string().max(40), z.int().min(1).max(5)),
    comment: note(1000),
  }),
  references: { round_id: 'c1_rounds', judge_id: 'c1_judges', entry_id: 'c1_entries' },
  unique: [['round_id', 'judge_id', 'entry_id']],
  readOnly: true,
});

export const auditEvents = resource({
  name: 'audit_events',
  fields: z.object({
    user_id: optId(),
    actor: note(60),
    action: one(enums.audit_action),
    resource: note(60),
    record_id: optInt(0),
    changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
    ip: note(64),
  }),
  references: { user_id: 'users' },
  readOnly: true,
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

/** One row per workflow move of a record of `parent`, keyed by `key`; `carry` holds copied fields used for access scopes. */
const transitionsOf = <S extends readonly [string, ...string[]]>(
  name: string, parent: string, key: string, statuses: S, carry: Record<string, [z.ZodType, string]> = {},
) => resource({
  name,
  fields: z.object({
    [key]: id(),
    ...Object.fromEntries(Object.entries(carry).map(([field, [type]]) => [field, type])),
    from_status: one(statuses),
    to_status: one(statuses),
    note: note(1000),
    user_id: optId(),
    actor: note(60),
  }),
  references: { [key]: parent, ...Object.fromEntries(Object.entries(carry).map(([field, [, ref]]) => [field, ref])), user_id: 'users' },
  readOnly: true,
});

export const requestTaskTransitions = transitionsOf('request_task_transitions', 'request_tasks', 'request_task_id', enums.task_status, {
  requesting_department_id: [id(), 'departments'],
});

export const practiceCaseTransitions = transitionsOf('practice_case_transitions', 'practice_cases', 'practice_case_id', enums.case_status);

export const toiletWorkOrderTransitions = transitionsOf('toilet_work_order_transitions', 'toilet_work_orders', 'toilet_work_order_id', enums.work_status);

/** A file attached to a record of a resource with `attachments: true`; the bytes live content-addressed under the files folder. */
export const attachments = resource({
  name: 'attachments',
  fields: z.object({
    resource: code(/^[a-z][a-z0-9_]{1,59}$/, 'practice_cases'),
    record_id: id(),
    file_name: text(200),
    mime: text(100),
    kind: one(enums.attachment_kind),
    size: int(0),
    sha256: code(/^[0-9a-f]{64}$/, 'SHA-256 (16進数64桁)'),
    caption: note(200),
    alt_text: note(200),
    consent: flag(),
    created_by: optId(),
  }),
  references: { created_by: 'users' },
  search: ['file_name', 'caption', 'alt_text'],
  title: ['file_name'],
  readOnly: true,
});
export const c1RoundTransitions = transitionsOf('c1_round_transitions', 'c1_rounds', 'c1_round_id', enums.round_status);

export const savedViews = resource({
  name: 'saved_views',
  fields: z.object({
    name: text(60),
    resource: code(/^[a-z][a-z0-9_]{1,59}$/, 'request_tasks'),
    filter: z.record(z.string(), z.unknown()).default({}),
    sort: z.object({ field: z.string().max(60), order: z.enum(['ASC', 'DESC']) }).nullable().default(null),
    columns: z.array(z.string().max(60)).max(100).nullable().default(null),
    shared: flag(),
    owner_user_id: id(),
  }),
  references: { owner_user_id: 'users' },
  unique: [['owner_user_id', 'resource', 'name']],
  search: ['name'],
  title: ['name'],
  check: (r) => errorIf(!isResourceName(r.resource), 'resource', '登録されていないデータの種類です'),
});

export const resources = [
  wards, citizenCenters, departments, users, requestTasks, toiletInventories, toiletWorkOrders,
  practiceCases, practiceAdoptions, c1Editions, c1Entries, auditEvents, ptSessions, requestTaskTransitions, savedViews,
  toiletWorkOrderTransitions, toiletConversions, toiletTargets, attachments, practiceCaseTransitions,
  c1Judges, c1JudgeTies, c1Rounds, c1RoundTransitions, c1ScoreSheets,
] as const;

export type ResourceName = (typeof resources)[number]['name'];

export const resourceNamed = (name: string) => resources.find((r) => r.name === name) as Resource | undefined;

function isResourceName(name: string): boolean {
  return resources.some((r) => r.name === name);
}
export type RequestTask = z.infer<typeof requestTasks.fields>;
