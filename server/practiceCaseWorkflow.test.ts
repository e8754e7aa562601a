import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf, photoWithGps, upload } from './attachmentFixtures';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let made = 0;
const points = { key_point_1: '子どもが案内役', key_point_2: '地図を全戸配布', key_point_3: '毎年更新' };

const newCase = async (extra: Record<string, unknown> = points) => {
  const res = await secretariat.fetch('/practice_cases', {
    method: 'POST', body: JSON.stringify({ case_no: `P-2027-${String(800 + ++made)}`, title: '公開の試験', ward_id: 1, lead_org_type: 'joint', ...extra }),
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as number;
};
const move = (session: Session, id: number, to: string, body: Record<string, unknown> = {}) =>
  session.fetch(`/practice_cases/${id}/transitions`, { method: 'POST', body: JSON.stringify({ to, ...body }) });
const toReview = async (id: number) => {
  for (const to of ['interviewing', 'review']) expect((await move(secretariat, id, to)).status).toBe(200);
};
const photo = async (id: number, fields: Record<string, string>) =>
  (await upload(secretariat, `/practice_cases/${id}`, await photoWithGps(), '写真.jpg', fields)).json();

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
});
afterAll(() => server.close());

describe('publishing a practice case', () => {
  it('needs a photo: documents alone do not count', async () => {
    const id = await newCase();
    await toReview(id);
    await upload(secretariat, `/practice_cases/${id}`, pdf(), '資料.pdf');
    const res = await move(secretariat, id, 'published');
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('代替テキストを入力した写真を1枚以上添付してください');
  });

  it('needs alt text and consent on every photo, naming the photos that lack them', async () => {
    const id = await newCase();
    await toReview(id);
    await photo(id, { alt_text: '清掃する住民', consent: 'true' });
    const bare = await photo(id, {});
    const res = await move(secretariat, id, 'published');
    const { message } = await res.json();
    expect(res.status).toBe(400);
    expect(message).toContain('代替テキストが未入力の写真があります: 「写真.jpg」');
    expect(message).toContain('肖像権の同意が確認されていない写真があります');
    await secretariat.fetch(`/attachments/${bare.id}`, { method: 'PUT', body: JSON.stringify({ alt_text: '集合写真', consent: true, version: 1 }) });
    expect((await move(secretariat, id, 'published')).status).toBe(200);
    expect((await server.db('practice_cases').where({ id }).first()).status).toBe('published');
  });

  it('needs the three key points, which the move may fill in', async () => {
    const id = await newCase({ key_point_1: '一つだけ' });
    await toReview(id);
    await photo(id, { alt_text: '活動の様子', consent: 'true' });
    const res = await move(secretariat, id, 'published');
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).errors).sort()).toEqual(['key_point_2', 'key_point_3']);
    expect((await move(secretariat, id, 'published', { key_point_2: '二つ目', key_point_3: '三つ目' })).status).toBe(200);
  });

  it('is the secretariat\'s approval: PT members and viewers cannot publish, and a PUT cannot change the state', async () => {
    const id = await newCase();
    await toReview(id);
    await photo(id, { alt_text: '活動の様子', consent: 'true' });
    for (const role of ['pt_member', 'viewer']) expect((await move(await server.as(role), id, 'published')).status).toBe(403);
    const record = await (await secretariat.fetch(`/practice_cases/${id}`)).json();
    const put = await secretariat.fetch(`/practice_cases/${id}`, { method: 'PUT', body: JSON.stringify({ ...record, status: 'published' }) });
    expect(put.status).toBe(400);
    expect((await move(secretariat, id, 'published')).status).toBe(200);
  });

  it('goes 候補 → 取材中 → 掲載審査 → 公開 → 横展開支援中 → 事業化, records each move, and archives with a reason', async () => {
    const id = await newCase();
    await toReview(id);
    expect((await move(secretariat, id, 'scaling')).status).toBe(400);
    await photo(id, { alt_text: '活動の様子', consent: 'true' });
    for (const to of ['published', 'scaling', 'funded']) expect((await move(secretariat, id, to)).status).toBe(200);
    expect((await move(secretariat, id, 'archived')).status).toBe(400);
    expect((await move(secretariat, id, 'archived', { note: '活動終了' })).status).toBe(200);
    const history = await server.db('practice_case_transitions').where({ practice_case_id: id }).orderBy('id').pluck('to_status');
    expect(history).toEqual(['interviewing', 'review', 'published', 'scaling', 'funded', 'archived']);
    const audited = await server.db('audit_events').where({ resource: 'practice_cases', record_id: id, action: 'transition' }).count({ n: '*' }).first();
    expect(Number(audited!.n)).toBe(6);
  });
});
