import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../db/schema';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let admin: Session;
let taskId: number;

const snapshot = async () => {
  const hash = createHash('sha256');
  for (const r of resources) hash.update(JSON.stringify(await server.db(r.name).orderBy('id')));
  return hash.digest('hex');
};
const send = (method: string, path: string, body?: string, type = 'application/json') =>
  admin.fetch(path, { method, headers: { 'content-type': type, 'if-match': '1' }, body });
const expectJapaneseError = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  return body;
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('admin');
  taskId = (await server.db('request_tasks').first('id')).id;
});
afterAll(() => server.close());

describe('bad input gets a clear Japanese 4xx and changes nothing', () => {
  const badLists = {
    'an unknown filter field': 'filter={"nope":1}',
    'an unknown operator suffix': 'filter={"title_like":"a"}',
    'a filter that is not an object': 'filter=[1,2]',
    'a filter value of the wrong type': 'filter={"burden_level":"many"}',
    'an object as a filter value': 'filter={"status":{"a":1}}',
    'a set filter with an unknown value': 'filter={"issue_tags":"nope"}',
    'malformed filter JSON': 'filter={"status":',
    'an unknown sort field': 'sort=["nope","ASC"]',
    'a sort on a set field': 'sort=["months","ASC"]',
    'a sort with a bad direction': 'sort=["title","UP"]',
    'a negative range': 'range=[-1,10]',
    'a reversed range': 'range=[10,1]',
    'an enormous range': 'range=[0,1000000]',
    'a fractional range': 'range=[0.5,10]',
    'a range that is not a pair': 'range=[0]',
    'an unknown query parameter': 'page=2',
    'a repeated parameter': 'sort=["id","ASC"]&sort=["id","DESC"]',
  };
  it.each(Object.entries(badLists))('answers 400 to a list with %s', async (_, query) => {
    await expectJapaneseError(await admin.fetch(`/request_tasks?${encodeURI(query)}`), 400);
  });

  it('answers 400 to q on a resource without text search', async () => {
    await expectJapaneseError(await admin.fetch(`/toilet_inventories?filter=${encodeURIComponent('{"q":"a"}')}`), 400);
  });

  it('rejects bad writes with field errors and leaves every table as it was', async () => {
    const before = await snapshot();
    const cases: [string, string, string | undefined, number, string?][] = [
      ['POST', '/request_tasks', '{"title":', 400],
      ['POST', '/request_tasks', '[1,2]', 400],
      ['POST', '/request_tasks', 'title=x', 400, 'application/x-www-form-urlencoded'],
      ['POST', '/request_tasks', JSON.stringify({ title: 'x' }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, nope: 1 }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, burden_level: 'high' }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, burden_level: 9 }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, months: [13] }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, requesting_department_id: 999999 }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, status: 'decided', decision: null }), 400],
      ['PUT', `/request_tasks/${taskId}`, JSON.stringify({ version: 1, description: 'あ'.repeat(2_000_000) }), 413],
      ['PUT', '/request_tasks/99999999', JSON.stringify({ title: 'x' }), 404],
      ['PUT', '/request_tasks/abc', JSON.stringify({ title: 'x' }), 404],
      ['DELETE', '/request_tasks/99999999', undefined, 404, 'text/plain'],
      ['DELETE', `/wards/${(await server.db('wards').first('id')).id}`, undefined, 409, 'text/plain'],
      ['GET', '/nothing_here', undefined, 404],
    ];
    for (const [method, path, body, status, type] of cases) await expectJapaneseError(await send(method, path, body, type), status);
    expect(await snapshot()).toBe(before);
  });

  it('names each invalid field in Japanese so react-admin can show it on the form', async () => {
    const body = await expectJapaneseError(await send('PUT', `/request_tasks/${taskId}`, JSON.stringify({
      version: 1, burden_level: 9, months: 'april', task_code: 'X1', nope: true,
    })), 400);
    expect(Object.keys(body.errors).sort()).toEqual(['burden_level', 'months', 'nope', 'task_code']);
    for (const message of Object.values(body.errors)) expect(message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  });

  it('refuses a duplicate natural key with a field error', async () => {
    const existing = await server.db('wards').first();
    const body = await expectJapaneseError(await send('POST', '/wards', JSON.stringify({ code: existing.code, name: '別名区', sort_order: 1 })), 400);
    expect(body.errors).toHaveProperty('code');
  });
});

describe('unexpected failures', () => {
  it('answer a generic 500 without internals', async () => {
    await server.db.schema.renameTable('practice_adoptions', 'practice_adoptions_gone');
    try {
      const res = await admin.fetch('/practice_adoptions');
      const body = await expectJapaneseError(res, 500);
      expect(JSON.stringify(body)).not.toMatch(/sqlite|select|practice_adoptions|stack/i);
    } finally {
      await server.db.schema.renameTable('practice_adoptions_gone', 'practice_adoptions');
    }
  });
});

describe('headers', () => {
  it('sends no-store and a content security policy that forbids other origins', async () => {
    const res = await admin.fetch('/wards');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});
