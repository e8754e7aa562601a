import express from 'express';
import type { Knex } from 'knex';
import { fieldNames } from '../db/labels';
import { canRestore } from '../db/policy';
import { resources, type Resource } from '../db/schema';
import { refusal } from './access';
import { diff, whoFrom, type Change } from './audit';
import { bodyOf, parseId } from './crud';
import { badRequest, notFound } from './errors';
import { store, type Db, type Row } from './store';

type Preview = { changes: Record<string, Change>; kept: string[] };

class DryRun {
  constructor(readonly preview: Preview) {}
}

const keptMessage = (resource: Resource, kept: string[]) =>
  `${fieldNames(resource.name, kept)}は業務の流れで管理する項目のため、以前の版に戻せません。「状態の変更」から操作してください`;

/** The values from before the event and every later change: what restore writes, and the workflow-managed fields it keeps. */
const restoration = async (db: Db, resource: Resource, id: number, eventId: number) => {
  const events = await db('audit_events').where({ resource: resource.name, record_id: id })
    .whereIn('action', ['update', 'restore', 'transition']).where('id', '>=', eventId).orderBy('id', 'desc');
  if (events.at(-1)?.id !== eventId) throw badRequest('指定された変更はこのデータの変更履歴にありません');
  const state: Row = {};
  for (const event of events) {
    for (const [field, change] of Object.entries(JSON.parse(event.changes) as Record<string, Change>)) state[field] = change.old;
  }
  const fields = Object.keys(state).filter((f) => f in resource.fields.shape);
  const kept = fields.filter((f) => resource.managed?.includes(f));
  return { values: Object.fromEntries(fields.filter((f) => !kept.includes(f)).map((f) => [f, state[f]])), kept };
};

/** POST /:resource/:id/restore {audit_event_id, dry_run?}: undo that change and every later one, except workflow-managed fields. */
export const restoreRoutes = (db: Knex) => {
  const router = express.Router();

  router.post('/:resource/:id/restore', async (req, res) => {
    const resource = resources.find((r) => r.name === req.params.resource);
    if (!resource) throw notFound();
    const id = parseId(req.params.id);
    const body = bodyOf(req);
    const eventId = parseId(body.audit_event_id);
    if (!canRestore(req.actor!)) throw refusal(req, resource.name, '以前の版に戻せるのは管理者だけです', id);
    const records = store(resource);
    try {
      res.json(await db.transaction(async (trx) => {
        const before = await records.find(trx, id);
        const { values, kept } = await restoration(trx, resource, id, eventId);
        const changes = diff(before, { ...before, ...values });
        if (!Object.keys(changes).length) {
          throw badRequest(kept.length ? keptMessage(resource, kept) : 'この変更より後の内容は、すでに変更前と同じです。戻す内容はありません');
        }
        const record = await records.update(trx, id, values, whoFrom(req), { action: 'restore' });
        if (body.dry_run === true) throw new DryRun({ changes, kept });
        return record;
      }));
    } catch (error) {
      if (!(error instanceof DryRun)) throw error;
      res.json(error.preview);
    }
  });

  return router;
};
