import type { Request, RequestHandler } from 'express';
import type { Knex } from 'knex';
import { attachmentLimits, megabytes } from '../../db/attachments';
import { attachments, type Resource } from '../../db/schema';
import { access } from '../access';
import { whoFrom } from '../audit';
import { parseId } from '../crud';
import { badRequest, HttpError } from '../errors';
import { store, type Db } from '../store';
import { fileReceiver } from '../upload';
import { reencode } from './images';
import { sniff } from './sniff';
import { writeFile } from '../../db/files';
import { removeUnreferenced } from './storage';

const receive = fileReceiver(attachmentLimits.fileBytes);
const files = store(attachments);

const requireRoom = async (trx: Db, resource: string, recordId: number, size: number) => {
  const row = await trx('attachments').where({ resource, record_id: recordId }).count({ n: '*' }).sum({ bytes: 'size' }).first();
  if (Number(row?.n ?? 0) >= attachmentLimits.filesPerRecord) {
    throw badRequest(`1件に添付できるのは${attachmentLimits.filesPerRecord}ファイルまでです。不要なファイルを削除してから追加してください`, { file: '添付できる数を超えています' });
  }
  if (Number(row?.bytes ?? 0) + size > attachmentLimits.bytesPerRecord) {
    throw new HttpError(413, `1件に添付できるのは合計${megabytes(attachmentLimits.bytesPerRecord)}までです。不要なファイルを削除してから追加してください`, { file: '合計サイズを超えています' });
  }
};

const flag = (value: unknown) => value === 'true' || value === '1' || value === 'on';
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

const received = async (req: Request) => {
  const file = req.file;
  if (!file?.size) throw badRequest('添付するファイルを選んでください', { file: 'ファイルを選んでください' });
  const fileName = file.originalname.normalize('NFC');
  const type = await sniff(file.buffer, fileName);
  const bytes = type.kind === 'photo' ? await reencode(file.buffer, type.ext) : file.buffer;
  if (bytes.length > attachmentLimits.fileBytes) {
    throw new HttpError(413, `ファイルが大きすぎます。${megabytes(attachmentLimits.fileBytes)} 以下のファイルを選んでください`);
  }
  return { fileName, type, bytes };
};

/** `POST /api/<resource>/:id/attachments`: the file is written first, its row then; a refused row takes a newly written file with it. */
export const uploadRoute = (db: Knex, parent: Resource, dir: string): RequestHandler => async (req, res) => {
  const id = parseId(req.params.id);
  const parentStore = store(parent);
  access(req, parent.name).require('update', await parentStore.find(db, id));
  access(req, attachments.name).require('create');
  await receive(req, res);
  const { fileName, type, bytes } = await received(req);
  const { sha256, written } = await writeFile(dir, bytes);
  try {
    const record = await db.transaction(async (trx) => {
      await parentStore.find(trx, id);
      await requireRoom(trx, parent.name, id, bytes.length);
      const body = req.body as Record<string, unknown>;
      return files.create(trx, {
        resource: parent.name, record_id: id, file_name: fileName, mime: type.mime, kind: type.kind, size: bytes.length, sha256,
        caption: text(body.caption), alt_text: text(body.alt_text), consent: flag(body.consent), created_by: req.actor!.id,
      }, whoFrom(req));
    });
    res.status(201).json(record);
  } catch (err) {
    if (written) await removeUnreferenced(db, dir, sha256);
    throw err;
  }
};
