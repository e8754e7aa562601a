import express from 'express';
import type { Knex } from 'knex';
import { fieldLabel, recordNoun } from '../../db/labels';
import type { Resource } from '../../db/schema';
import { audit } from '../audit';
import { bodyOf, bulkOf, parseId } from '../crud';
import { HttpError, Refusal } from '../errors';
import { mover, parseMove, stateName, type Hooks, type MoveInput } from './move';

type Failure = { id: number; label: string | null; reason: string; status: number };

const reasonOf = (resource: Resource, error: HttpError) => {
  const fields = new Map<string, string[]>();
  for (const [field, message] of Object.entries(error.errors ?? {})) fields.set(message, [...(fields.get(message) ?? []), field]);
  if (!fields.size) return error.message;
  return [...fields].map(([message, names]) => `${message}（${names.map((f) => fieldLabel(resource.name, f)).join('、')}）`).join('／');
};

const blank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && !value.length);

/** In a bulk move an empty field means "keep each record's own value": only what was filled in is set. */
const filledIn = (input: MoveInput): MoveInput =>
  ({ ...input, fields: Object.fromEntries(Object.entries(input.fields).filter(([, v]) => !blank(v))) });

const bulkStatus = (failures: Failure[]) => [409, 403, 404].find((s) => failures.some((f) => f.status === s)) ?? 400;

/** `POST /:id/transitions` and the all-or-nothing bulk `POST /transitions` of any resource that declares a workflow. */
export const transitionRoutes = (db: Knex, resource: Resource, hooks?: Hooks) => {
  const router = express.Router();
  const move = mover(resource, hooks);
  const workflow = resource.workflow!;
  const labelColumn = resource.title?.[0] ?? 'id';
  const noun = recordNoun(resource.name);

  router.post('/transitions', async (req, res) => {
    const { ids, body } = bulkOf(req);
    const { ids: _, ...rest } = body;
    const input = filledIn(parseMove(workflow, rest));
    const failures: Failure[] = [];
    const refused: Refusal[] = [];
    try {
      await db.transaction(async (trx) => {
        for (const id of ids) {
          try {
            await trx.transaction((step) => move(step, req, id, input));
          } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            if (error instanceof Refusal) refused.push(error);
            const row = error.status === 404 ? undefined : await trx(resource.name).where({ id }).first(labelColumn);
            failures.push({ id, label: row?.[labelColumn] == null ? null : String(row[labelColumn]), reason: reasonOf(resource, error), status: error.status });
          }
        }
        if (failures.length) {
          throw new HttpError(bulkStatus(failures), `${failures.length}件の${noun}を${stateName(resource, input.to)}に変更できないため、どの${noun}も変更しませんでした`, undefined, {
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
    const input = parseMove(workflow, bodyOf(req));
    res.json(await db.transaction((trx) => move(trx, req, id, input)));
  });

  return router;
};
