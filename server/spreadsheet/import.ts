import type { Request, RequestHandler, Response } from 'express';
import type { Knex } from 'knex';
import multer from 'multer';
import { isImportable } from '../../db/interchange';
import { can } from '../../db/policy';
import type { Resource } from '../../db/schema';
import { refusal } from '../access';
import { whoFrom } from '../audit';
import { badRequest, HttpError } from '../errors';
import { store, type Db, type Who } from '../store';
import { apiMissing } from './export';
import { resourceNamed } from './labels';
import { planImport, type Planned } from './plan';
import { readSheet } from './read';

export const maxUploadBytes = 20 * 1024 * 1024;
const previewLimit = 2000;

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxUploadBytes, files: 1, fields: 5 } }).single('file');

const receive = (req: Request, res: Response) => new Promise<void>((resolve, reject) => {
  upload(req, res, (err: unknown) => {
    if (!err) return resolve();
    if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
      return reject(new HttpError(413, `ファイルが大きすぎます。${maxUploadBytes / 1024 / 1024}MB 以下のファイルを選んでください`));
    }
    reject(badRequest('ファイルの送信形式が正しくありません (multipart/form-data の file 欄で送ってください)'));
  });
});

const summarize = (planned: Planned[]) => {
  const updates = planned.filter((p) => p.action === 'update');
  const changed = updates.filter((p) => p.changes.length).length;
  return {
    rows: planned.length,
    create: planned.filter((p) => p.action === 'create').length,
    update: updates.length,
    changed,
    unchanged: updates.length - changed,
    errors: planned.filter((p) => p.errors.length).length,
  };
};

const listed = (planned: Planned[]) => {
  const notable = planned.filter((p) => p.errors.length || p.action === 'create' || p.changes.length);
  const shown = [...notable.filter((p) => p.errors.length), ...notable.filter((p) => !p.errors.length)]
    .slice(0, previewLimit).sort((a, b) => a.row - b.row);
  return { rows: shown.map(({ row, action, id, key, changes, errors }) => ({ row, action, id, key, changes, errors })), omitted: notable.length - shown.length };
};

const apply = async (trx: Knex.Transaction, resource: Resource, planned: Planned[], who: Who) => {
  const records = store(resource);
  for (const p of planned) {
    try {
      if (p.action === 'create') await records.create(trx, p.patch, who);
      else if (p.changes.length) await records.update(trx, p.id!, p.patch, who);
    } catch (err) {
      if (err instanceof HttpError && err.status === 400) throw badRequest(`${p.row}行目: ${err.message}`, err.errors);
      throw err;
    }
  }
};

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
  const sheet = await readSheet(req.file.buffer);
  const preview = async (trx: Db) => {
    const { map, planned } = await planImport(trx, actor, resource, sheet);
    const body = { format: sheet.format, encoding: sheet.encoding, columns: map.columns, warnings: map.warnings, summary: summarize(planned), ...listed(planned) };
    return { planned, body };
  };
  if (dryRun === '1' || dryRun === 'true') {
    res.json({ dry_run: true, applied: false, ...(await preview(db)).body });
    return;
  }
  const body = await db.transaction(async (trx) => {
    const { planned, body } = await preview(trx);
    if (planned.some((p) => p.denied)) throw refusal(req, resource.name, '権限のないデータや項目が含まれているため、取り込みませんでした');
    if (body.summary.errors) throw badRequest(`${body.summary.errors}行にエラーがあるため、何も取り込みませんでした。プレビューで内容を確認してください`);
    await apply(trx, resource, planned, whoFrom(req));
    return body;
  });
  res.json({ dry_run: false, applied: true, ...body });
};
