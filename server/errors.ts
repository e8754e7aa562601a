import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Knex } from 'knex';
import { fieldNames } from '../db/labels';
import { audit, type AuditEntry } from './audit';

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly errors?: Record<string, string>, readonly details?: Record<string, unknown>) {
    super(message);
  }
}

export class Refusal extends HttpError {
  constructor(message: string, readonly entry: AuditEntry, status = 403) {
    super(status, message);
  }
}

export const badRequest = (message: string, errors?: Record<string, string>) => new HttpError(400, message, errors);
export const invalid = (resource: string, errors: Record<string, string>) => {
  const fields = Object.keys(errors).filter((f) => f !== '_');
  return badRequest(`入力内容に誤りがあります${fields.length ? `（${fieldNames(resource, fields)}）` : ''}`, errors);
};

/** One answer for a record that does not exist and one the caller may not see, so neither reveals the other. */
export const notFoundMessage = 'この記録は存在しないか、閲覧する権限がありません';
export const notFound = () => new HttpError(404, notFoundMessage);

const bodyErrors: Record<string, HttpError> = {
  'entity.parse.failed': badRequest('リクエスト本文の JSON の形式が正しくありません'),
  'entity.too.large': new HttpError(413, 'リクエスト本文が大きすぎます'),
  'encoding.unsupported': new HttpError(415, '文字コードは UTF-8 を使用してください'),
  'charset.unsupported': new HttpError(415, '文字コードは UTF-8 を使用してください'),
};

const constraintErrors: Record<string, HttpError> = {
  SQLITE_CONSTRAINT_FOREIGNKEY: new HttpError(409, '他のデータから参照されているため、この操作はできません'),
  23503: new HttpError(409, '他のデータから参照されているため、この操作はできません'),
  SQLITE_CONSTRAINT_UNIQUE: new HttpError(409, '同じ内容のデータがすでに登録されています'),
  23505: new HttpError(409, '同じ内容のデータがすでに登録されています'),
  SQLITE_BUSY: new HttpError(503, 'データベースが混み合っています。しばらくしてから再度お試しください'),
};

const known = (err: { type?: string; code?: string }) =>
  err instanceof HttpError ? err : bodyErrors[err.type ?? ''] ?? constraintErrors[err.code ?? ''];

export const apiNotFound: RequestHandler = () => {
  throw new HttpError(404, '指定された API はありません');
};

export const errorHandler = (db: Knex): ErrorRequestHandler => async (err, _req, res, _next) => {
  const answer = known(err ?? {});
  if (answer instanceof Refusal) await audit(db, answer.entry).catch((e) => console.error(e));
  if (!answer) {
    console.error(err);
    res.status(500).json({ message: 'サーバー内部でエラーが発生しました。時間をおいて再度お試しください' });
    return;
  }
  res.status(answer.status).json({ message: answer.message, ...(answer.errors && { errors: answer.errors }), ...answer.details });
};
