import type { Request } from 'express';
import type { Knex } from 'knex';
import { choiceLabel, fieldNames, recordNoun } from '../../db/labels';
import { toRow } from '../../db/records';
import { resourceNamed, type Resource } from '../../db/schema';
import { validate } from '../../db/validation';
import { acceptedFields, findMove, isResumeTarget, statesOf, type Move, type Workflow } from '../../db/workflow';
import { access, refusal } from '../access';
import { whoFrom } from '../audit';
import { todayInTokyo } from '../clock';
import { badRequest, HttpError, invalid } from '../errors';
import { store, type Row } from '../store';

export interface MoveInput {
  to: string;
  note: string | null;
  version?: number;
  from?: string;
  fields: Row;
}

export interface Moved {
  before: Row;
  after: Row;
  move: Move;
}

/** Bespoke effects of a family's moves, inside the move's transaction: throw an HttpError to refuse the move. */
export interface Hooks {
  onMove?: (trx: Knex.Transaction, req: Request, moved: Moved) => Promise<void>;
}

export const stateName = (resource: Resource, s: unknown) => `「${choiceLabel(resource.name, 'status', s)}」`;

export const parseMove = (workflow: Workflow, { to, note, version, from, ...fields }: Row): MoveInput => {
  if (!statesOf(workflow).includes(to as string)) {
    throw badRequest('変更先の状態 (to) を選択肢から指定してください', { to: '選択肢から選んでください' });
  }
  if (note != null && typeof note !== 'string') throw badRequest('メモ (note) は文字列で指定してください', { note: '文字列で入力してください' });
  if (version !== undefined && !Number.isSafeInteger(version)) throw badRequest('版 (version) は整数で指定してください');
  return { to: to as string, note: note?.trim() || null, version: version as number | undefined, from: from as string | undefined, fields };
};

const illegal = (resource: Resource, workflow: Workflow, record: Row, to: string) => badRequest(
  record.status === 'on_hold' && isResumeTarget(workflow, to)
    ? `保留中の${recordNoun(resource.name)}は、保留前の状態${stateName(resource, record.held_from)}にだけ戻せます`
    : `${stateName(resource, record.status)}から${stateName(resource, to)}へは変更できません`,
);

const historyOf = (workflow: Workflow) => resourceNamed(workflow.history.resource)!;

export const mover = (resource: Resource, hooks: Hooks = {}) => {
  const workflow = resource.workflow!;
  const records = store(resource);
  const history = historyOf(workflow);
  const roleNames = (move: Move) => move.roles.map((r) => choiceLabel('users', 'role', r)).join('・');

  return async (trx: Knex.Transaction, req: Request, id: number, input: MoveInput) => {
    const can = access(req, resource.name);
    const before = await records.find(trx, id);
    can.require('read', before);
    if (input.from !== undefined && input.from !== before.status) {
      throw new HttpError(409, `この${recordNoun(resource.name)}はすでに${stateName(resource, before.status)}に変更されています。再読み込みしてから操作してください`);
    }
    const move = findMove(workflow, before as Row & { status: string }, input.to);
    if (!move) throw illegal(resource, workflow, before, input.to);
    if (!move.roles.includes(req.actor!.role)) {
      throw refusal(req, resource.name, `${stateName(resource, input.to)}への変更は${roleNames(move)}だけが行えます`, id);
    }
    const extra = Object.keys(input.fields).filter((f) => !acceptedFields(workflow, move).includes(f));
    if (extra.length) throw badRequest(`この操作では変更できない項目があります: ${fieldNames(resource.name, extra)}`);
    can.requireWritable(before, input.fields);
    if (move.noteRequired && !input.note) throw badRequest('この操作には理由（メモ）が必要です', { note: '理由を入力してください' });
    const carried = Object.fromEntries((workflow.history.carry ?? []).map((f) => [f, before[f]]));
    const row = validate(history, {
      [workflow.history.key]: id, ...carried, from_status: before.status, to_status: input.to,
      note: input.note, user_id: req.actor!.id, actor: req.actor!.display_name,
    });
    if (!row.ok) throw invalid(history.name, row.errors);
    const changes = { ...input.fields, status: input.to, ...move.sets?.({ ...before, ...input.fields }, todayInTokyo()) };
    const after = await records.update(trx, id, changes, whoFrom(req), { version: input.version ?? (before.version as number), action: 'transition' });
    const now = new Date().toISOString();
    await trx(history.name).insert({ ...toRow(history, row.record), created_at: now, updated_at: now });
    await hooks.onMove?.(trx, req, { before, after, move });
    return can.visible(after);
  };
};
