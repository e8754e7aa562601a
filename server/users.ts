import express from 'express';
import type { Knex } from 'knex';
import { access } from './access';
import { usersWritten } from './actors';
import { endSessions } from './guards';
import { audit, whoFrom } from './audit';
import { bodyOf, parseId } from './crud';
import { badRequest } from './errors';
import { hashPassword, passwordProblem } from './passwords';
import { store } from './store';
import { users } from '../db/schema';

const records = store(users);

export const userRoutes = (db: Knex) => {
  const router = express.Router();

  router.post('/:id/password', async (req, res) => {
    const id = parseId(req.params.id);
    access(req, 'users').require('update', { id });
    const { password } = bodyOf(req);
    const problem = passwordProblem(password);
    if (problem) throw badRequest(problem, { password: problem });
    const hash = await hashPassword(password as string);
    const epoch = await db.transaction(async (trx) => {
      await records.find(trx, id);
      usersWritten(trx);
      await trx('users').where({ id }).update({ password_hash: hash, updated_at: new Date().toISOString() });
      await audit(trx, { ...whoFrom(req), action: 'update', resource: 'users', record_id: id, changes: { password: { old: '********', new: '********' } } });
      return endSessions(trx, id);
    });
    if (id === req.actor!.id) req.session.epoch = epoch;
    res.json({ id });
  });

  return router;
};
