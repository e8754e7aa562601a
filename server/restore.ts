import express from 'express';
import type { Knex } from 'knex';
import { resources } from '../db/schema';
import { canRestore } from '../db/policy';
import { refusal } from './access';
import { whoFrom } from './audit';
import { bodyOf, parseId } from './crud';
import { badRequest, notFound } from './errors';
import { store } from './store';

export const restoreRoutes = (db: Knex) => {
  const router = express.Router();

  router.post('/:resource/:id/restore', async (req, res) => {
    const resource = resources.find((r) => r.name === req.params.resource);
    if (!resource) throw notFound();
    const id = parseId(req.params.id);
    const eventId = parseId(bodyOf(req).audit_event_id);
    if (!canRestore(req.actor!)) throw refusal(req, resource.name, '以前の版に戻せるのは管理者だけです', id);
    const record = await db.transaction(async (trx) => {
      const events = await trx('audit_events').where({ resource: resource.name, record_id: id })
        .whereIn('action', ['update', 'restore', 'transition']).where('id', '>=', eventId).orderBy('id', 'desc');
      if (events.at(-1)?.id !== eventId) throw badRequest('指定された変更はこのデータの変更履歴にありません');
      const state: Record<string, unknown> = {};
      for (const event of events) {
        for (const [field, change] of Object.entries(JSON.parse(event.changes) as Record<string, { old: unknown }>)) state[field] = change.old;
      }
      const fields = new Set(Object.keys(resource.fields.shape));
      const restored = Object.fromEntries(Object.entries(state).filter(([k]) => fields.has(k) && !resource.managed?.includes(k)));
      return store(resource).update(trx, id, restored, whoFrom(req), { action: 'restore' });
    });
    res.json(record);
  });

  return router;
};
