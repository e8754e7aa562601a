import express, { type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { attachments, resourceNamed } from '../../db/schema';
import { access } from '../access';
import { whoFrom } from '../audit';
import { bodyOf, parseId, versionOf } from '../crud';
import { HttpError } from '../errors';
import { store, withoutSystemColumns, type Row } from '../store';
import { previewSizes, resized } from './images';
import { cachedPreview, readStored, removeUnreferenced } from './storage';

const files = store(attachments);

/** The attachment, if the caller may do `action` with it and read (or, to change it, update) the record it belongs to. */
const load = async (db: Knex | Knex.Transaction, req: Request, id: number, action: 'read' | 'update' | 'delete') => {
  const can = access(req, attachments.name);
  can.require('read');
  const row = await files.find(db, id);
  can.require(action, row);
  const parent = resourceNamed(row.resource as string)!;
  access(req, parent.name).require(action === 'read' ? 'read' : 'update', await store(parent).find(db, row.record_id as number));
  return row;
};

const asciiFallback = (name: string) => name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** RFC 6266: an ASCII filename for old clients, the Japanese name as filename* (RFC 5987). */
export const contentDisposition = (name: string, type: 'attachment' | 'inline' = 'attachment') =>
  `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc5987(name)}`;

const send = (res: Response, bytes: Buffer, mime: string, disposition: string) => {
  res.set({ 'Content-Type': mime, 'Content-Disposition': disposition, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-cache' });
  res.send(bytes);
};

export const fileRoutes = (db: Knex, dir: string) => {
  const router = express.Router();

  router.get('/:id/content', async (req, res) => {
    const row = await load(db, req, parseId(req.params.id), 'read');
    send(res, await readStored(dir, row.sha256 as string), row.mime as string, contentDisposition(row.file_name as string));
  });

  for (const [route, size] of Object.entries(previewSizes)) {
    router.get(`/:id/${route}`, async (req, res) => {
      const row = await load(db, req, parseId(req.params.id), 'read');
      if (row.kind !== 'photo') throw new HttpError(404, '資料には縮小画像がありません');
      const image = await cachedPreview(dir, row.sha256 as string, size, (bytes) => resized(bytes, size));
      send(res, image, 'image/webp', contentDisposition(`${row.file_name}.webp`, 'inline'));
    });
  }

  router.put('/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const body = bodyOf(req);
    const changes = withoutSystemColumns(body) as Row;
    res.json(await db.transaction(async (trx) => {
      const before = await load(trx, req, id, 'update');
      const version = versionOf(body.version);
      await files.requireVersion(trx, before, version);
      access(req, attachments.name).requireWritable(before, changes);
      return files.update(trx, id, changes, whoFrom(req), { version });
    }));
  });

  router.delete('/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const removed = await db.transaction(async (trx) => {
      await load(trx, req, id, 'delete');
      return files.remove(trx, id, whoFrom(req), { version: versionOf(req.get('if-match')) });
    });
    await removeUnreferenced(db, dir, removed.sha256 as string, Object.values(previewSizes));
    res.json(removed);
  });

  return router;
};
