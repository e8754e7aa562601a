import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookOf } from './spreadsheetTesting';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let viewer: Session;

beforeAll(async () => {
  server = await startTestServer();
  viewer = await server.as('viewer');
});
afterAll(() => server.close());

const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const ids = async (f: Record<string, unknown>) =>
  ((await (await viewer.fetch(`/practice_cases?${filter(f)}&range=[0,999]`)).json()) as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);
const casesWhere = async (where: (q: Knex.QueryBuilder) => unknown) =>
  (await server.db('practice_cases').modify(where).orderBy('id').pluck('id')).map(Number);
const withTheme = (q: Knex.QueryBuilder, theme: string) => q.where('themes', 'like', `%"${theme}"%`);

describe('searching cases', () => {
  it('finds cases by a theme label', async () => {
    const expected = await casesWhere((q) => withTheme(q, 'disaster'));
    const found = await ids({ q: '防災' });
    expect(expected.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it("finds cases by their centre's name and by their ward's name", async () => {
    const kase = await server.db('practice_cases').whereNotNull('citizen_center_id').orderBy('id').first();
    const center = await server.db('citizen_centers').where({ id: kase.citizen_center_id }).first();
    expect(await ids({ q: center.name })).toEqual(await casesWhere((q) => q.where({ citizen_center_id: center.id })));
    const ward = await server.db('wards').where({ name: '戸畑区' }).first();
    const inWard = await ids({ q: '戸畑区' });
    expect(inWard).toEqual(await casesWhere((q) => q.where({ ward_id: ward.id })));
  });

  it('combines the search with the theme, ward, lead organisation and transferability filters, and exports that list as .xlsx', async () => {
    for (const f of [{ lead_org_type: 'center', transferability: 'high' }, { ward_id: 2, lead_org_type: 'center' }]) {
      const expected = await casesWhere((q) => withTheme(q.where(f), 'digital'));
      expect(await ids({ q: '区', themes: ['digital'], ...f })).toEqual(expected);
    }
    expect((await casesWhere((q) => withTheme(q.where({ lead_org_type: 'center', transferability: 'high' }), 'digital'))).length).toBeGreaterThan(0);
    const res = await viewer.fetch(`/practice_cases/export?format=xlsx&${filter({ q: '防災' })}&fields=${encodeURIComponent(JSON.stringify(['case_no', 'title', 'themes']))}`);
    expect(res.status).toBe(200);
    const sheet = (await workbookOf(Buffer.from(await res.arrayBuffer()))).worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['事例番号', '事例名', 'テーマ']));
    expect(sheet.actualRowCount - 1).toBe((await ids({ q: '防災' })).length);
  });
});
