import type { z } from 'zod';
import { columnsOf } from '../../db/columns';
import { canWrite, type Actor } from '../../db/policy';
import type { Resource } from '../../db/schema';
import type { Db, Row } from '../store';

const managedMessage = '業務の流れで管理する項目のため、取り込みでは変更できません（画面の「状態の変更」から操作してください）';
const deniedMessage = 'この項目を変更する権限がありません';

const defaultOf = (resource: Resource, field: string) =>
  (resource.fields.shape[field] as z.ZodType).safeParse(undefined).data ?? null;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const managedProblems = (resource: Resource, before: Row | undefined, input: Row) =>
  (resource.managed ?? []).filter((field) => field in input && !same(before ? before[field] : defaultOf(resource, field), input[field]))
    .map((field) => ({ field, message: managedMessage }));

export const writeProblems = (resource: Resource, actor: Actor, changed: string[]) => {
  const derived = new Set(columnsOf(resource).filter((c) => c.derived).map((c) => c.name));
  const writable = changed.filter((f) => !derived.has(f));
  return { writable, denied: writable.filter((f) => !canWrite(actor, resource.name, f)).map((field) => ({ field, message: deniedMessage })) };
};

export const uniqueErrors = async (db: Db, resource: Resource, record: Row, id: number | undefined, changed: string[]) => {
  const errors: Record<string, string> = {};
  for (const fields of resource.unique) {
    if (id === undefined ? fields === resource.unique[0] : !fields.some((f) => changed.includes(f))) continue;
    const same = db(resource.name).where(Object.fromEntries(fields.map((f) => [f, record[f] as never])));
    if (id !== undefined) same.whereNot('id', id);
    if (await same.first('id')) errors[fields[fields.length - 1]] = '同じ値のデータがすでに登録されています';
  }
  return errors;
};
