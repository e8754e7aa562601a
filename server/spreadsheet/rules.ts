import { columnsOf } from '../../db/columns';
import { canWrite, type Actor } from '../../db/policy';
import type { Resource } from '../../db/schema';
import { managedChanges, type Row } from '../store';

const managedMessage = '業務の流れで管理する項目のため、取り込みでは変更できません（画面の「状態の変更」から操作してください）';
const deniedMessage = 'この項目を変更する権限がありません';

export const managedProblems = (resource: Resource, before: Row | undefined, input: Row) =>
  managedChanges(resource, before, input).map((field) => ({ field, message: managedMessage }));

export const writeProblems = (resource: Resource, actor: Actor, changed: string[]) => {
  const derived = new Set(columnsOf(resource).filter((c) => c.derived).map((c) => c.name));
  const writable = changed.filter((f) => !derived.has(f));
  return { writable, denied: writable.filter((f) => !canWrite(actor, resource.name, f)).map((field) => ({ field, message: deniedMessage })) };
};

