import express, { type Request } from 'express';
import type { Knex } from 'knex';
import { choiceLabel, fieldLabel, fieldNames } from '../db/labels';
import { toRow } from '../db/records';
import { enums, requestTasks, requestTaskTransitions } from '../db/schema';
import { validate } from '../db/validation';
import { acceptedFields, findMove, moves } from '../db/workflow';
import { access, refusal } from './access';
import { audit, whoFrom } from './audit';
import { todayInTokyo } from './clock';
import { bodyOf, bulkOf, parseId } from './crud';
import { badRequest, HttpError, invalid, Refusal } from './errors';
import { store, type Row } from './store';

const tasks = store(requestTasks);
const status = (s: unknown) => `「${choiceLabel(requestTasks.name, 'status', s)}」`;

interface MoveInput {
  to: string;
  note: string | null;
  version?: number;
  from?: string;
  fields: Row;
}

const parseMove = ({ to, note, version, from, ...fields }: Row): MoveInput => {
  if (!(enums.task_status as readonly unknown[]).includes(to)) {
    throw badRequest('変更先の状態 (to) を選択肢から指定してください', { to: '選択肢から選んでください' });
  }
  if (note != null && typeof note !== 'string') throw badRequest('メモ (note) は文字列で指定してください', { note: '文字列で入力してください' });
  if (version !== undefined && !Number.isSafeInteger(version)) throw badRequest('版 (version) は整数で指定してください');
  return { to: to as string, note: note?.trim() || null, version: version as number | undefined, from: from as string | undefined, fields };
};

const illegal = (task: Row, to: string) => {
  const resume = task.status === 'on_hold' && moves.some((m) => m.resume && m.to === to);
  return badRequest(resume
    ? `保留中の業務は、保留前の状態${status(task.held_from)}にだけ戻せます`
    : `${status(task.status)}から${status(to)}へは変更できません`);
};

const moveTask = async (trx: Knex.Transaction, req: Request, id: number, input: MoveInput) => {
  const actor = req.actor!;
  const can = access(req, requestTasks.name);
  const task = await tasks.find(trx, id);
  can.require('read', task);
  if (input.from !== undefined && input.from !== task.status) {
    throw new HttpError(409, `この業務はすでに${status(task.status)}に変更されています。再読み込みしてから操作してください`);
  }
  const move = findMove(task as { status: string }, input.to);
  if (!move) throw illegal(task, input.to);
  if (!move.roles.includes(actor.role)) {
    throw refusal(req, requestTasks.name, `${status(input.to)}への変更は${move.roles.map((r) => choiceLabel('users', 'role', r)).join('・')}だけが行えます`, id);
  }
  const extra = Object.keys(input.fields).filter((f) => !acceptedFields(move).includes(f));
  if (extra.length) throw badRequest(`この操作では変更できない項目があります: ${fieldNames(requestTasks.name, extra)}`);
  can.requireWritable(task, input.fields);
  if (move.noteRequired && !input.note) throw badRequest('この操作には理由（メモ）が必要です', { note: '理由を入力してください' });
  const history = validate(requestTaskTransitions, {
    request_task_id: id, requesting_department_id: task.requesting_department_id, from_status: task.status, to_status: input.to,
    note: input.note, user_id: actor.id, actor: actor.display_name,
  });
  if (!history.ok) throw invalid(requestTaskTransitions.name, history.errors);
  const changes = { ...input.fields, status: input.to, ...move.sets?.({ ...task, ...input.fields }, todayInTokyo()) };
  const updated = await tasks.update(trx, id, changes, whoFrom(req), { version: input.version ?? (task.version as number), action: 'transition' });
  const now = new Date().toISOString();
  await trx(requestTaskTransitions.name).insert({ ...toRow(requestTaskTransitions, history.record), created_at: now, updated_at: now });
  return can.visible(updated);
};

type Failure = { id: number; task_code: string | null; reason: string; status: number };

const reasonOf = (error: HttpError) => {
  const fields = new Map<string, string[]>();
  for (const [field, message] of Object.entries(error.errors ?? {})) fields.set(message, [...(fields.get(message) ?? []), field]);
  if (!fields.size) return error.message;
  return [...fields].map(([message, names]) => `${message}（${names.map((f) => fieldLabel(requestTasks.name, f)).join('、')}）`).join('／');
};

const blank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && !value.length);

/** In a bulk move an empty field means "keep each task's own value": only what was filled in is set. */
const filledIn = (input: MoveInput): MoveInput =>
  ({ ...input, fields: Object.fromEntries(Object.entries(input.fields).filter(([, v]) => !blank(v))) });

const bulkStatus = (failures: Failure[]) => [409, 403, 404].find((s) => failures.some((f) => f.status === s)) ?? 400;

export const transitionRoutes = (db: Knex) => {
  const router = express.Router();

  router.post('/transitions', async (req, res) => {
    const { ids, body } = bulkOf(req);
    const { ids: _, ...rest } = body;
    const input = filledIn(parseMove(rest));
    const failures: Failure[] = [];
    const refused: Refusal[] = [];
    try {
      await db.transaction(async (trx) => {
        for (const id of ids) {
          try {
            await trx.transaction((step) => moveTask(step, req, id, input));
          } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            if (error instanceof Refusal) refused.push(error);
            const row = error.status === 404 ? undefined : await trx(requestTasks.name).where({ id }).first('task_code');
            failures.push({ id, task_code: row?.task_code ?? null, reason: reasonOf(error), status: error.status });
          }
        }
        if (failures.length) {
          throw new HttpError(bulkStatus(failures), `${failures.length}件の業務を${status(input.to)}に変更できないため、どの業務も変更しませんでした`, undefined, {
            failures: failures.map(({ status: _s, ...f }) => f),
          });
        }
      });
    } finally {
      for (const r of refused) await audit(db, r.entry);
    }
    res.json({ ids });
  });

  router.post('/:id/transitions', async (req, res) => {
    const id = parseId(req.params.id);
    const input = parseMove(bodyOf(req));
    res.json(await db.transaction((trx) => moveTask(trx, req, id, input)));
  });

  return router;
};
