import { z } from 'zod';
import type { Workflow } from '../workflow';

/** The field builders every resource declaration uses, and `resource()` that fills in the defaults. */
const controlMessage = '制御文字（改行以外の見えない文字や文字の向きを変える文字）は使えません';
const lineControls = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const blockControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
export const text = (max = 200) => z.string().trim().min(1, '入力してください').max(max).refine((s) => !lineControls.test(s), controlMessage);
export const note = (max = 4000) => z.string().trim().max(max).refine((s) => !blockControls.test(s), controlMessage).nullable().default(null);
export const code = (pattern: RegExp, example: string) => z.string().regex(pattern, `${example} の形式で入力してください`);
export const int = (min = 0, max = 1_000_000_000) => z.int().min(min).max(max);
export const optInt = (min = 0, max = 1_000_000_000) => int(min, max).nullable().default(null);
export const optNumber = (max = 100_000) => z.number().min(0).max(max).nullable().default(null);
export const fiscalYear = () => z.int().min(2000).max(2100).describe('fiscal_year');
export const date = () => z.iso.date('YYYY-MM-DD の日付を入力してください').nullable().default(null);
export const id = () => z.int().positive();
export const optId = () => id().nullable().default(null);
export const flag = (value = false) => z.boolean().default(value);
export const one = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
export const optOne = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable().default(null);
export const set = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).max(values.length).default([]);
export const criteria = () => z.array(z.object({ name: text(40), weight: int(1, 100) })).max(10);
export const months = () => z.array(z.int().min(1).max(12)).max(12).default([]);

export type Fields = z.ZodObject<z.ZodRawShape>;
export type Errors = Record<string, string>;

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

export const resource = <F extends Fields>(def: Omit<Resource<F>, 'references' | 'unique' | 'search' | 'internal'> & Partial<Resource<F>>) =>
  ({ references: {}, unique: [], search: [], internal: [], ...def }) as Resource<F>;

export const errorIf = (condition: unknown, field: string, message: string): Errors => (condition ? { [field]: message } : {});

export const notBefore = (errors: Errors, record: Record<string, unknown>, from: string, to: string) => {
  const [a, b] = [record[from], record[to]];
  if (typeof a === 'string' && typeof b === 'string' && b < a) errors[to] = '開始日より前の日付は指定できません';
  return errors;
};

/** One row per workflow move of a record of `parent`, keyed by `key`; `carry` holds copied fields used for access scopes. */
export const transitionsOf = <S extends readonly [string, ...string[]]>(
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
