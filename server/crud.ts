import express, { type Request } from 'express';
import type { Knex } from 'knex';
import { systemColumns } from '../db/columns';
import { fromRow, toRow } from '../db/records';
import type { Resource } from '../db/schema';
import { validate } from '../db/validation';
import { badRequest, notFound } from './errors';
import { parseListQuery } from './query';

type Row = Record<string, unknown>;
type Errors = Record<string, string>;

const parseId = (raw: string) => {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== raw) throw notFound();
  return id;
};

const withoutSystemColumns = (row: Row) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !(systemColumns as readonly string[]).includes(k)));

const bodyOf = (req: Request): Row => {
  const body = req.body as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('リクエスト本文は JSON のオブジェクトで送ってください (Content-Type: application/json)');
  }
  return withoutSystemColumns(body as Row);
};

const relationErrors = async (trx: Knex.Transaction, resource: Resource, record: Row, id?: number) => {
  const errors: Errors = {};
  for (const [field, table] of Object.entries(resource.references)) {
    if (record[field] != null && !(await trx(table).where('id', record[field]).first('id'))) {
      errors[field] = '指定された参照先のデータが存在しません';
    }
  }
  for (const fields of resource.unique) {
    const same = trx(resource.name).where(Object.fromEntries(fields.map((f) => [f, record[f] as never])));
    if (id !== undefined) same.whereNot('id', id);
    if (await same.first('id')) errors[fields[fields.length - 1]] = '同じ値のデータがすでに登録されています';
  }
  return errors;
};

export const crud = (db: Knex, resource: Resource) => {
  const table = resource.name;
  const router = express.Router();

  const find = async (trx: Knex | Knex.Transaction, id: number) => {
    const row = await trx(table).where({ id }).first();
    if (!row) throw notFound();
    return fromRow(resource, row);
  };

  const save = async (trx: Knex.Transaction, input: Row, id?: number) => {
    const result = validate(resource, input);
    if (!result.ok) throw badRequest('入力内容に誤りがあります', result.errors);
    const errors = await relationErrors(trx, resource, result.record, id);
    if (Object.keys(errors).length) throw badRequest('入力内容に誤りがあります', errors);
    const now = new Date().toISOString();
    const row = toRow(resource, { ...result.record, updated_at: now });
    if (id !== undefined) {
      await trx(table).where({ id }).update(row);
      return id;
    }
    const [created] = await trx(table).insert({ ...row, created_at: now }).returning('id');
    return (created as { id: number }).id;
  };

  router.get('/', async (req, res) => {
    const { where, sort, range } = parseListQuery(resource, req.query as Row);
    const [{ total }] = await db(table).modify(where).count({ total: '*' });
    const rows = await db(table).modify(where)
      .orderBy([{ column: sort[0], order: sort[1] }, { column: 'id', order: sort[1] }])
      .offset(range[0]).limit(range[1] - range[0] + 1);
    const end = range[0] + Math.max(rows.length - 1, 0);
    res.set('Content-Range', `${table} ${range[0]}-${end}/${total}`);
    res.json(rows.map((r: Record<string, unknown>) => fromRow(resource, r)));
  });

  router.get('/:id', async (req, res) => {
    res.json(await find(db, parseId(req.params.id)));
  });

  router.post('/', async (req, res) => {
    const input = bodyOf(req);
    const id = await db.transaction((trx) => save(trx, input));
    res.status(201).json(await find(db, id));
  });

  router.put('/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const input = bodyOf(req);
    await db.transaction(async (trx) => {
      const current = withoutSystemColumns(await find(trx, id));
      await save(trx, { ...current, ...input }, id);
    });
    res.json(await find(db, id));
  });

  router.delete('/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const record = await db.transaction(async (trx) => {
      const current = await find(trx, id);
      await trx(table).where({ id }).delete();
      return current;
    });
    res.json(record);
  });

  return router;
};
