import type { enums, ResourceName } from './schema';

export type Role = (typeof enums.role)[number];
export type Action = 'read' | 'create' | 'update' | 'delete';
type Value = string | number | boolean | null;
export type Condition = Record<string, Value | readonly Value[]>;

export interface Actor {
  id: number;
  role: Role;
  department_id: number | null;
  display_name: string;
}

export interface Grant {
  actions: readonly Action[];
  scope?: (actor: Actor) => Condition;
  editableWhile?: Condition;
  writable?: readonly string[];
  hidden?: readonly string[];
}

export const actions: readonly Action[] = ['read', 'create', 'update', 'delete'];
const readOnly: Grant = { actions: ['read'] };
const full: Grant = { actions };
const staffDirectory: Grant = { actions: ['read'], hidden: ['login'] };

const business = [
  'request_tasks', 'toilet_inventories', 'toilet_work_orders', 'practice_cases', 'practice_adoptions',
  'c1_editions', 'c1_entries', 'citizen_centers', 'departments', 'wards',
] as const;
const every = (grant: Grant) => Object.fromEntries(business.map((name) => [name, grant]));

export const surveyFields = [
  'description', 'basis_type', 'basis_text', 'compensation_type', 'frequency', 'times_per_year', 'months',
  'unit_count', 'hours_per_occurrence', 'channel', 'burden_level', 'handles_personal_data', 'dept_opinion',
] as const;

export const policy: Record<Role, Partial<Record<ResourceName, Grant>>> = {
  admin: { ...every(full), users: full, audit_events: readOnly },
  secretariat: { ...every(full), users: staffDirectory, audit_events: readOnly },
  pt_member: { ...every(readOnly), users: staffDirectory },
  dept_contact: {
    wards: readOnly,
    departments: readOnly,
    citizen_centers: readOnly,
    users: staffDirectory,
    request_tasks: {
      actions: ['read', 'update'],
      scope: (actor) => ({ requesting_department_id: actor.department_id }),
      editableWhile: { status: ['not_started', 'surveying'] },
      writable: surveyFields,
    },
  },
  viewer: { ...every(readOnly), users: staffDirectory },
};

export const grantFor = (actor: Actor, resource: string): Grant | undefined =>
  policy[actor.role][resource as ResourceName];

export const matches = (record: Record<string, unknown>, condition: Condition = {}) =>
  Object.entries(condition).every(([field, expected]) =>
    Array.isArray(expected) ? expected.includes(record[field] as Value) : record[field] === expected);

export const can = (actor: Actor, resource: string, action: Action, record?: Record<string, unknown>) => {
  const grant = grantFor(actor, resource);
  if (!grant?.actions.includes(action)) return false;
  if (!record) return true;
  if (!matches(record, grant.scope?.(actor))) return false;
  return action === 'read' || action === 'create' || matches(record, grant.editableWhile);
};

export const canRead = (actor: Actor, resource: string, field: string) =>
  !!grantFor(actor, resource)?.actions.includes('read') && !grantFor(actor, resource)?.hidden?.includes(field);

export const canWrite = (actor: Actor, resource: string, field: string) => {
  const grant = grantFor(actor, resource);
  return !grant?.writable || grant.writable.includes(field);
};

export const canRestore = (actor: Actor) => actor.role === 'admin';
