import type { Request } from 'express';
import type { Knex } from 'knex';
import { editableWhileText, fieldNames } from '../db/labels';
import { can, canRead, canWrite, grantFor, matches, within, type Action, type Condition } from '../db/policy';
import { same, whoFrom } from './audit';
import { notFoundMessage, Refusal } from './errors';
import type { Row } from './store';

const messages: Record<Action, string> = {
  read: 'このデータを閲覧する権限がありません',
  create: 'このデータを登録する権限がありません',
  update: 'このデータを変更する権限がありません',
  delete: 'このデータを削除する権限がありません',
};

export type Caller = Pick<Request, 'actor' | 'ip' | 'method' | 'originalUrl'>;

export const callerOf = ({ actor, ip, method, originalUrl }: Caller): Caller => ({ actor, ip, method, originalUrl });

export const refusal = (req: Caller, resource: string, message: string, recordId?: number, status?: number) =>
  new Refusal(message, {
    ...whoFrom(req), action: 'denied', resource, record_id: recordId,
    changes: { request: { old: null, new: `${req.method} ${req.originalUrl}`.slice(0, 300) } },
  }, status);

const where = (q: Knex.QueryBuilder, condition: Condition) => {
  for (const [field, value] of Object.entries(condition)) {
    if (Array.isArray(value)) q.whereIn(field, value);
    else q.where(field, value as never);
  }
};

export const access = (req: Caller, resource: string) => {
  const actor = req.actor!;
  const grant = grantFor(actor, resource);
  return {
    require(action: Action, record?: Row) {
      const id = record?.id as number | undefined;
      const hidden = id !== undefined && action !== 'create' && can(actor, resource, 'read') && !within(record!, grant?.scope?.(actor));
      if (hidden) throw refusal(req, resource, notFoundMessage, id, 404);
      if (can(actor, resource, action, record)) return;
      const locked = record && action !== 'read' && can(actor, resource, action) && grant?.editableWhile && !matches(record, grant.editableWhile);
      throw refusal(req, resource, locked ? editableWhileText(resource, grant.editableWhile!) : messages[action], id);
    },
    requireReadable(fields: string[]) {
      const hidden = fields.filter((f) => !canRead(actor, resource, f));
      if (hidden.length) throw refusal(req, resource, `閲覧できない項目では絞り込み・並べ替えできません: ${fieldNames(resource, hidden)}`);
    },
    requireWritable(before: Row, changes: Row) {
      const locked = Object.keys(changes).filter((f) => !canWrite(actor, resource, f) && !same(before[f], changes[f]));
      if (locked.length) throw refusal(req, resource, `変更する権限のない項目があります: ${fieldNames(resource, locked)}`, before.id as number);
    },
    scope: (q: Knex.QueryBuilder) => {
      const scope = grant?.scope?.(actor);
      if (Array.isArray(scope)) q.where((any) => scope.forEach((c: Condition) => any.orWhere((w) => where(w, c))));
      else if (scope) where(q, scope as Condition);
    },
    visible: (record: Row) => {
      const shown = { ...record };
      for (const field of grant?.hidden ?? []) delete shown[field];
      return shown;
    },
  };
};
