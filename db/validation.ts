import { z } from 'zod';
import { perResource } from './perResource';
import type { Resource } from './schema';
import { stateErrors } from './workflow';

type Errors = Record<string, string>;
type Issue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  number: '数値', int: '整数', string: '文字列', boolean: 'はい・いいえ', array: '一覧', object: '項目の組',
};

const tooBig = (i: Issue & { maximum?: unknown; origin?: string }) =>
  i.origin === 'string' ? `${i.maximum}文字以内で入力してください`
    : i.origin === 'array' ? `${i.maximum}個以内で指定してください`
      : `${i.maximum}以下の値を入力してください`;

const tooSmall = (i: Issue & { minimum?: unknown; origin?: string }) =>
  i.origin === 'string' ? '入力してください'
    : i.origin === 'array' ? `${i.minimum}個以上指定してください`
      : `${i.minimum}以上の値を入力してください`;

const japanese = (issue: Issue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input == null ? '入力してください' : `${typeNames[issue.expected] ?? issue.expected}で入力してください`;
    case 'too_big': return tooBig(issue);
    case 'too_small': return tooSmall(issue);
    case 'invalid_format': return issue.format === 'date' ? 'YYYY-MM-DD の日付を入力してください' : '形式が正しくありません';
    case 'invalid_value': return '選択肢から選んでください';
    case 'unrecognized_keys': return '不明な項目です';
    default: return '値が正しくありません';
  }
};

z.config({ customError: japanese });

export type Validation<T> = { ok: true; record: T } | { ok: false; errors: Errors };

const collect = (error: z.ZodError): Errors => {
  const errors: Errors = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.') || '_'];
    for (const key of keys) errors[key] ??= issue.message;
  }
  return errors;
};

const withoutDerived = (resource: Resource, input: unknown) =>
  resource.derived && typeof input === 'object' && input !== null && !Array.isArray(input)
    ? Object.fromEntries(Object.entries(input).filter(([k]) => !(k in resource.derived!)))
    : input;

const strictOf = perResource((resource) => resource.fields.strict());

export const validate = <R extends Resource>(resource: R, input: unknown): Validation<z.infer<R['fields']>> => {
  const parsed = strictOf(resource).safeParse(withoutDerived(resource, input));
  if (!parsed.success) return { ok: false, errors: collect(parsed.error) };
  const errors = { ...(resource.workflow && stateErrors(resource.workflow, parsed.data)), ...resource.check?.(parsed.data) };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, record: parsed.data as z.infer<R['fields']> };
};
