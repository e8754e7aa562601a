import express, { type Request } from 'express';
import type { Knex } from 'knex';
import { fromRow } from '../db/records';
import type { Resource } from '../db/schema';
import { access } from './access';
import { whoFrom } from './audit';
import { strictInteger } from './bounds';
import { badRequest, notFound } from './errors';
import { parseListQuery } from './query';
import { store, withoutSystemColumns, type Row } from './store';

export const parseId = (raw: unknown) => {
  const id = strictInteger(raw);
  if (id === undefined || id <= 0) throw notFound();
  return id;
};

const objectOf = (value: unknown, what: string): Row => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(`${what}は JSON のオブジェクトで送ってください (Content-Type: application/json)`);
  }
  return value as Row;
};

export const bodyOf = (req: Request) => objectOf(req.body, 'リクエスト本文');

export const versionOf = (raw: unknown) => {
  const version = strictInteger(typeof raw === 'string' ? /^"?([^"]*)"?$/.exec(raw)?.[1] : raw);
  if (version === undefined) throw badRequest('編集を始めたときの版 (version) を正の整数で送ってください', { version: '正の整数で指定してください' });
  return version;
};

export const bulkOf = (req: Request) => {
  const body = bodyOf(req);
  const { ids } = body;
  if (!Array.isArray(ids) || !ids.length || ids.length > 1000) throw badRequest('対象 (ids) を1〜1000件の配列で指定してください');
  const parsed = ids.map(strictInteger);
  if (!parsed.every((id) => id !== undefined && id > 0)) throw badRequest('対象 (ids) は正の整数で指定してください');
  return { ids: [...new Set(parsed as number[])], body };
};

const deepPage = 500;

/** From a deep offset only the ids are walked (an index holds them), then the page's rows are read by id. */
const page = async (query: () => Knex.QueryBuilder, sort: [string, string], [start, end]: [number, number]) => {
  const ordered = (q: Knex.QueryBuilder) => q.orderBy([{ column: sort[0], order: sort[1] }, { column: 'id', order: sort[1] }]);
  if (start < deepPage) return ordered(query()).offset(start).limit(end - start + 1);
  const ids = await ordered(query().select('id')).offset(start).limit(end - start + 1).pluck('id');
  const rows = new Map((await query().whereIn('id', ids)).map((r: Row) => [r.id, r]));
  return ids.map((id) => rows.get(id)).filter(Boolean);
};

export const reader = (db: Knex, resource: Resource) => {
  const table = resource.name;
  const records = store(resource);
  const router = express.Router();

  router.get('/', async (req, res) => {
    const can = access(req, table);
    can.require('read');
    const { where, sort, range, fields } = parseListQuery(resource, req.query as Row);
    can.requireReadable(fields);
    const query = () => db(table).modify(can.scope).modify(where);
    const [{ total }] = await query().count({ total: '*' });
    const rows = await page(query, sort, range);
    const end = range[0] + Math.max(rows.length - 1, 0);
    res.set('Content-Range', `${table} ${range[0]}-${end}/${total}`);
    res.json(rows.map((r: Row) => can.visible(fromRow(resource, r))));
  });

  router.get('/:id', async (req, res) => {
    const can = access(req, table);
    can.require('read');
    const record = await records.find(db, parseId(req.params.id));
    can.require('read', record);
    res.json(can.visible(record));
  });

  return router;
};

export const writer = (db: Knex, resource: Resource) => {
  const table = resource.name;
  const records = store(resource);
  const router = express.Router();

  router.post('/', async (req, res) => {
    const can = access(req, table);
    const input = withoutSystemColumns(bodyOf(req));
    can.require('create', input);
    res.status(201).json(can.visible(await db.transaction((trx) => records.create(trx, input, whoFrom(req)))));
  });

  router.put('/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const body = bodyOf(req);
    const changes = withoutSystemColumns(body);
    const can = access(req, table);
    can.require('read');
    const record = await db.transaction(async (trx) => {
      const before = await records.find(trx, id);
      can.require('read', before);
      const version = versionOf(body.version);
      await records.requireVersion(trx, before, version);
      can.require('update', before);
      can.requireWritable(before, changes);
      return records.update(trx, id, changes, whoFrom(req), { before });
    });
    res.json(can.visible(record));
  });

  router.delete('/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const can = access(req, table);
    can.require('read');
    res.json(await db.transaction(async (trx) => {
      can.require('delete', await records.find(trx, id));
      return can.visible(await records.remove(trx, id, whoFrom(req), { version: versionOf(req.get('if-match')) }));
    }));
  });

  router.post('/bulk_update', async (req, res) => {
    const { ids, body } = bulkOf(req);
    const changes = withoutSystemColumns(objectOf(body.data, '変更内容 (data) '));
    const can = access(req, table);
    await db.transaction(async (trx) => {
      for (const id of ids) {
        const before = await records.find(trx, id);
        can.require('update', before);
        can.requireWritable(before, changes);
        await records.update(trx, id, changes, whoFrom(req), { before });
      }
    });
    res.json({ ids });
  });

  router.post('/bulk_delete', async (req, res) => {
    const { ids } = bulkOf(req);
    const can = access(req, table);
    await db.transaction(async (trx) => {
      for (const id of ids) {
        can.require('delete', await records.find(trx, id));
        await records.remove(trx, id, whoFrom(req));
      }
    });
    res.json({ ids });
  });

  return router;
};

export const crud = (db: Knex, resource: Resource) => express.Router().use(writer(db, resource)).use(reader(db, resource));
