import express from 'express';
import type { Knex } from 'knex';
import { filesDirOf } from '../../db/files';
import { attachments, resources } from '../../db/schema';
import { reader } from '../crud';
import { fileRoutes } from './files';
import { uploadRoute } from './upload';

/** Uploads to every resource with `attachments: true`, and the read-only `attachments` resource with its files. */
export const attachmentRoutes = (db: Knex) => {
  const dir = filesDirOf(db);
  const router = express.Router();
  for (const parent of resources.filter((r) => r.attachments)) router.post(`/${parent.name}/:id/attachments`, uploadRoute(db, parent, dir));
  router.use(`/${attachments.name}`, fileRoutes(db, dir), reader(db, attachments));
  return router;
};
