import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxConcurrentJobs } from './jobs/runner';
import { maxColumns, maxRows } from './spreadsheet/read';
import { maxInflatedBytes } from './spreadsheet/zip';
import { rowXml, sheetXml, xlsxOf } from './spreadsheet/zipFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let viewer: Session;

const upload = (session: Session, resource: string, file: Buffer, name: string, { dryRun = true, job }: { dryRun?: boolean; job?: string } = {}) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return session.fetch(`/${resource}/import${dryRun ? '?dry_run=1' : ''}`, { method: 'POST', body: form, headers: job ? { 'x-job-id': job } : {} });
};
const departmentsCsv = (count: number, prefix: string) =>
  Buffer.from(['局・区役所,課,種別', ...Array.from({ length: count }, (_, i) => `${prefix}局,${prefix}課${i + 1},本庁局`)].join('\r\n'));
const stillAnswers = async () => expect((await viewer.fetch('/wards')).status).toBe(200);

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
  viewer = await server.as('viewer');
});
afterAll(() => server.close());

describe('uploads are bounded by the work they cause', { timeout: 120_000 }, () => {
  const header = rowXml(1, [['A', '局・区役所'], ['B', '課']]);

  it('refuses a zip bomb whose sheet inflates past the limit with a Japanese 413, before reading it', async () => {
    const bomb = xlsxOf(Buffer.alloc(maxInflatedBytes + 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(secretariat, 'departments', bomb, 'bomb.xlsx');
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/展開後/);
    await stillAnswers();
  });

  it('refuses a sheet that lies about its size and holds one enormous cell, without taking the server down', async () => {
    const huge = sheetXml([header, rowXml(2, [['A', 'あ'.repeat(80_000_000)]])]);
    const res = await upload(secretariat, 'departments', xlsxOf(huge, 1000), 'liar.xlsx');
    expect([413]).toContain(res.status);
    expect((await res.json()).message).toMatch(/[ぁ-ん一-龠]/);
    await stillAnswers();
  });

  it('stops reading a row bomb at the row limit', async () => {
    const rows = [header, ...Array.from({ length: maxRows + 10_000 }, (_, i) => rowXml(i + 2, [['A', '局'], ['B', `課${i}`]]))];
    const res = await upload(secretariat, 'departments', xlsxOf(sheetXml(rows)), 'rows.xlsx');
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain(`${maxRows.toLocaleString()} 行まで`);
    await stillAnswers();
  });

  it('refuses a wide-column bomb', async () => {
    const res = await upload(secretariat, 'departments', xlsxOf(sheetXml([header, rowXml(2, [['A', '局'], ['XFD', '遠い列']])])), 'wide.xlsx');
    expect(res.status).toBe(413);
    expect((await res.json()).message).toContain(`${maxColumns} 列まで`);
    await stillAnswers();
  });

  it('stops reading a CSV past the row limit', async () => {
    const res = await upload(secretariat, 'departments', departmentsCsv(maxRows + 1, '行数'), 'rows.csv');
    expect(res.status).toBe(400);
    await stillAnswers();
  });

  it('keeps multi-byte characters whole when they straddle the chunks of a large sheet', async () => {
    const columns = rowXml(1, [['A', '局・区役所'], ['B', '課'], ['C', '種別']]);
    const rows = [columns, ...Array.from({ length: 3000 }, (_, i) => rowXml(i + 2, [['A', '八幡西区役所'], ['B', `まちづくり推進課${i}`], ['C', '区役所']]))];
    const body = await (await upload(secretariat, 'departments', xlsxOf(sheetXml(rows)), 'kanji.xlsx')).json();
    expect(body.summary).toMatchObject({ rows: 3000, create: 3000, errors: 0 });
    expect(JSON.stringify(body.rows)).not.toContain('\uFFFD');
  });
});

describe('a long import runs off the event loop', { timeout: 300_000 }, () => {
  it('answers other users while it runs, reports real progress, and applies all rows at once', async () => {
    const job = randomUUID();
    const count = 12_000;
    let finished = false;
    const importing = upload(secretariat, 'departments', departmentsCsv(count, '進捗'), 'many.csv', { dryRun: false, job }).then((res) => {
      finished = true;
      return res;
    });
    const seen: { phase: string; done: number; total: number | null }[] = [];
    let answeredDuring = 0;
    while (!finished) {
      const list = await viewer.fetch('/departments?range=[0,9]');
      if (!finished) answeredDuring += list.status === 200 ? 1 : 0;
      const progress = await (await secretariat.fetch(`/jobs/${job}`)).json();
      if (progress.progress) seen.push(progress.progress);
    }
    const res = await importing;
    expect(res.status).toBe(200);
    expect((await res.json()).summary).toMatchObject({ create: count, errors: 0 });
    expect(answeredDuring).toBeGreaterThan(3);
    expect(new Set(seen.map((p) => p.phase)).size).toBeGreaterThan(1);
    expect(seen.some((p) => p.done > 0 && p.done < count)).toBe(true);
    const [{ n }] = await server.db('departments').where('bureau', '進捗局').count({ n: '*' });
    expect(Number(n)).toBe(count);
    expect((await viewer.fetch(`/jobs/${job}`)).status).toBe(404);
  });

  it('holds other writers until the import has committed and then lets them through', async () => {
    const job = randomUUID();
    const importing = upload(secretariat, 'departments', departmentsCsv(8000, '順番'), 'order.csv', { dryRun: false, job });
    while ((await (await secretariat.fetch(`/jobs/${job}`)).json()).progress?.phase !== 'writing') await new Promise((r) => setTimeout(r, 10));
    const created = await secretariat.fetch('/departments', { method: 'POST', body: JSON.stringify({ bureau: '順番局', section: '後から来た課', kind: 'city_bureau' }) });
    expect(created.status).toBe(201);
    expect((await importing).status).toBe(200);
    const [{ last }] = await server.db('departments').where('bureau', '順番局').whereNot('section', '後から来た課').max({ last: 'id' });
    expect((await created.json()).id).toBeGreaterThan(last);
  });

  it('queues jobs beyond the worker limit instead of refusing them', async () => {
    const exports = await Promise.all(Array.from({ length: maxConcurrentJobs + 2 }, () => viewer.fetch('/wards/export?format=csv')));
    for (const res of exports) {
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('門司区');
    }
  });

  it('changes nothing when any row is wrong', async () => {
    const before = await server.db('departments').count({ n: '*' });
    const csv = Buffer.concat([departmentsCsv(3000, '全か無か'), Buffer.from('\r\n全か無か局,全か無か課1,本庁局')]);
    const res = await upload(secretariat, 'departments', csv, 'dup.csv', { dryRun: false });
    expect(res.status).toBe(400);
    expect(await server.db('departments').count({ n: '*' })).toEqual(before);
  });
});
