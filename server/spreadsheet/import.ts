import type { Request, RequestHandler } from 'express';
import type { Knex } from 'knex';
import { isImportable } from '../../db/interchange';
import { can } from '../../db/policy';
import { refusal } from '../access';
import { badRequest } from '../errors';
import { runRequestJob } from '../jobs/request';
import { fileReceiver } from '../upload';
import { apiMissing } from './export';
import type { ImportJob } from './importJob';
import { resourceNamed } from './labels';

export const maxUploadBytes = 20 * 1024 * 1024;
const importWorker = new URL('./importWorker.ts', import.meta.url);

const receive = fileReceiver(maxUploadBytes);

export const importRows = (db: Knex): RequestHandler => async (req: Request, res) => {
  const resource = resourceNamed(String(req.params.resource));
  if (!resource || !isImportable(resource.name)) throw apiMissing();
  const actor = req.actor!;
  if (!can(actor, resource.name, 'create') && !can(actor, resource.name, 'update')) {
    throw refusal(req, resource.name, 'このデータを取り込む権限がありません');
  }
  const { dry_run: dryRun, ...rest } = req.query as Record<string, unknown>;
  if (Object.keys(rest).length) throw badRequest(`不明なパラメータです: ${Object.keys(rest).join(', ')}`);
  await receive(req, res);
  if (!req.file) throw badRequest('取り込むファイルを file 欄で送ってください');
  const job = { resource: resource.name, dryRun: dryRun === '1' || dryRun === 'true', file: req.file.buffer };
  res.json(await runRequestJob<unknown, ImportJob>(req, db, importWorker, job));
};
