import type { Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HttpError } from '../errors';
import { runRequestJob } from '../jobs/request';
import type { ExportJob } from './exportJob';

const contentTypes = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
export type Format = keyof typeof contentTypes;
const exportWorker = new URL('./exportWorker.ts', import.meta.url);

export const apiMissing = () => new HttpError(404, '指定された API はありません');

export const attachment = (res: Response, ascii: string, name: string, ext: string) => {
  const stamp = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const encoded = encodeURIComponent(`${name}_${stamp}.${ext}`);
  res.set('Content-Disposition', `attachment; filename="${ascii}_${stamp}.${ext}"; filename*=UTF-8''${encoded}`);
};

export const exportRows = (db: Knex): RequestHandler => async (req: Request, res: Response) => {
  const path = join(tmpdir(), `console-export-${randomUUID()}`);
  const job = { resource: String(req.params.resource), query: req.query as Record<string, unknown>, path };
  try {
    const file = await runRequestJob<{ format: Format; ascii: string; name: string }, ExportJob>(req, db, exportWorker, job);
    res.set('Content-Type', contentTypes[file.format]);
    attachment(res, file.ascii, file.name, file.format);
    await pipeline(createReadStream(path), res).catch(() => res.destroy());
  } finally {
    rmSync(path, { force: true });
  }
};
