import type { RequestHandler } from 'express';
import type { Knex } from 'knex';

export const health = (db: Knex): RequestHandler => async (_req, res) => {
  try {
    await db.raw('select 1');
    res.json({ status: 'ok' });
  } catch (err) {
    console.error('ヘルスチェック: データベースに接続できません', err);
    res.status(503).json({ status: 'unavailable', message: 'データベースに接続できません' });
  }
};
