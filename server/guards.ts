import type { Knex } from 'knex';
import { resources } from '../db/schema';
import { usersWritten } from './actors';
import { judgeGuard, tieGuard } from './c1/locks';
import { badRequest, HttpError, Refusal } from './errors';
import type { Row, Who } from './store';

/** `before` is missing on a create, `after` on a delete. */
interface Change { id: number; before?: Row; after?: Row; who: Who }
type Guard = (trx: Knex.Transaction, change: Change) => Promise<void>;

const sessionFields = ['role', 'department_id', 'active'];
const noAdminLeft = '有効な管理者が一人もいなくなるため、この変更はできません。先に別の管理者を登録するか有効にしてください';

export const endSessions = async (trx: Knex.Transaction, id: number) => {
  usersWritten(trx);
  await trx('users').where({ id }).increment('session_epoch', 1);
  const row = await trx('users').where({ id }).first('session_epoch');
  return Number(row?.session_epoch ?? 0);
};

const users: Guard = async (trx, { id, before, after, who }) => {
  usersWritten(trx);
  if (!before) return;
  const changed = (f: string) => !after || before[f] !== after[f];
  if (who.actor?.id === id && (changed('role') || changed('active'))) {
    throw new Refusal('自分自身の権限の変更・無効化・削除はできません', { ...who, action: 'denied', resource: 'users', record_id: id });
  }
  if (sessionFields.some(changed)) await endSessions(trx, id);
  const others = await trx('users').where({ role: 'admin', active: true }).whereNot({ id }).count({ n: '*' }).first();
  if (Number(others?.n ?? 0) === 0 && !(after?.role === 'admin' && after.active)) throw badRequest(noAdminLeft, { role: noAdminLeft, active: noAdminLeft });
};

const attachmentsLeft = '添付ファイルがあるため削除できません。先に添付ファイルを削除してください';

/** A record is deleted only after its attachments, so no attachment outlives its record. */
const withAttachments = (resource: string): Guard => async (trx, { id, after }) => {
  if (!after && (await trx('attachments').where({ resource, record_id: id }).first('id'))) throw new HttpError(409, attachmentsLeft);
};

export const guards: Record<string, Guard> = {
  users,
  c1_judge_ties: tieGuard,
  c1_judges: judgeGuard,
  ...Object.fromEntries(resources.filter((r) => r.attachments).map((r) => [r.name, withAttachments(r.name)])),
};
