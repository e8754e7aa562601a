import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentLimits } from '../db/attachments';
import { filePath, filesDirOf } from '../db/files';
import { pdf, photoWithGps, png, upload, xlsx } from './attachmentFixtures';
import { sha256Of } from '../db/files';
import { startTestServer, type Session, type TestServer } from './testServer';

let server: TestServer;
let secretariat: Session;
let viewer: Session;
let caseId: number;
let otherCaseId: number;
const stored = (sha: string) => existsSync(filePath(filesDirOf(server.db), sha));
const casePath = () => `/practice_cases/${caseId}`;
const newCase = async (case_no: string) => {
  const res = await secretariat.fetch('/practice_cases', { method: 'POST', body: JSON.stringify({ case_no, title: '添付の試験', ward_id: 1, lead_org_type: 'joint' }) });
  return (await res.json()).id as number;
};

beforeAll(async () => {
  server = await startTestServer();
  secretariat = await server.as('secretariat');
  viewer = await server.as('viewer');
  caseId = await newCase('P-2027-901');
  otherCaseId = await newCase('P-2027-902');
});
afterAll(() => server.close());

describe('type from the bytes', () => {
  it('refuses an HTML page and an SVG named .jpg, and a PNG named .pdf, in Japanese', async () => {
    const html = await upload(secretariat, casePath(), Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), '写真.jpg', {}, 'image/jpeg');
    const svg = await upload(secretariat, casePath(), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'photo.jpg', {}, 'image/jpeg');
    const renamed = await upload(secretariat, casePath(), await png(), '資料.pdf', {}, 'application/pdf');
    for (const res of [html, svg, renamed]) expect(res.status).toBe(400);
    expect((await html.json()).message).toContain('登録できない種類のファイルです');
    expect((await svg.json()).errors.file).toBeTruthy();
    expect((await renamed.json()).message).toContain('拡張子と中身が一致しません');
  });

  it("takes a PDF and an .xlsx as documents whatever Content-Type the client claims", async () => {
    const a = await (await upload(secretariat, casePath(), pdf(), '配布資料.pdf', {}, 'image/png')).json();
    const b = await (await upload(secretariat, casePath(), await xlsx(), '参加者一覧.xlsx')).json();
    expect([a.kind, a.mime]).toEqual(['document', 'application/pdf']);
    expect([b.kind, b.file_name]).toEqual(['document', '参加者一覧.xlsx']);
  });
});

describe('photos', () => {
  it('come back without their camera and GPS metadata, upright, with a WebP thumbnail', async () => {
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(secretariat, casePath(), original, '活動の様子.jpg', { caption: '公園清掃', alt_text: '清掃する住民', consent: 'true' });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect([created.kind, created.consent, created.alt_text]).toEqual(['photo', true, '清掃する住民']);
    const download = await viewer.fetch(`/attachments/${created.id}/content`);
    const bytes = Buffer.from(await download.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect([meta.exif, meta.xmp, meta.format]).toEqual([undefined, undefined, 'jpeg']);
    expect(bytes.includes(Buffer.from('SampleCam'))).toBe(false);
    expect(sha256Of(bytes)).toBe(created.sha256);
    const thumbnail = await viewer.fetch(`/attachments/${created.id}/thumbnail`);
    expect([thumbnail.headers.get('content-type'), thumbnail.headers.get('content-disposition')?.split(';')[0]]).toEqual(['image/webp', 'inline']);
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).format).toBe('webp');
  });
});

describe('previews', () => {
  it('are made once, served again from the cache, and go with the last row that needs the photo', async () => {
    const created = await (await upload(secretariat, casePath(), await png(), '縮小.png', { alt_text: '縮小の試験' })).json();
    const cached = join(filesDirOf(server.db), 'previews', '320', `${created.sha256}.webp`);
    const first = Buffer.from(await (await viewer.fetch(`/attachments/${created.id}/thumbnail`)).arrayBuffer());
    expect(existsSync(cached)).toBe(true);
    expect(Buffer.from(await (await viewer.fetch(`/attachments/${created.id}/thumbnail`)).arrayBuffer())).toEqual(first);
    expect((await viewer.fetch(`/attachments/${created.id}/preview`)).headers.get('content-type')).toBe('image/webp');
    const doc = await (await upload(secretariat, casePath(), pdf(), 'no-preview.pdf')).json();
    expect((await viewer.fetch(`/attachments/${doc.id}/thumbnail`)).status).toBe(404);
    await secretariat.fetch(`/attachments/${created.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
    expect([existsSync(cached), stored(created.sha256)]).toEqual([false, false]);
  });
});

describe('downloads', () => {
  it('carry the Japanese name per RFC 5987 as an attachment, never sniffed', async () => {
    const { id } = await (await upload(secretariat, casePath(), pdf(), "館長会議 資料(案)'1'.pdf")).json();
    const res = await viewer.fetch(`/attachments/${id}/content`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="____ __(_)'1'.pdf"; filename*=UTF-8''%E9%A4%A8%E9%95%B7%E4%BC%9A%E8%AD%B0%20%E8%B3%87%E6%96%99%28%E6%A1%88%29%271%27.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('application/pdf');
  });

  it('are refused to a role that cannot read the record, and writes to one that cannot change it', async () => {
    const { id } = await (await upload(secretariat, casePath(), pdf(), 'a.pdf')).json();
    const contact = await server.as('dept_contact');
    expect((await contact.fetch(`/attachments/${id}/content`)).status).toBe(403);
    expect((await contact.fetch(`/attachments?filter=${encodeURIComponent(JSON.stringify({ resource: 'practice_cases' }))}`)).status).toBe(403);
    expect((await upload(viewer, casePath(), pdf(), 'b.pdf')).status).toBe(403);
    expect((await viewer.fetch(`/attachments/${id}`, { method: 'DELETE', headers: { 'if-match': '1' } })).status).toBe(403);
    expect((await viewer.fetch(`/attachments/${id}`, { method: 'PUT', body: JSON.stringify({ caption: 'x', version: 1 }) })).status).toBe(403);
  });
});

describe('limits and all-or-nothing', () => {
  it('refuses a file over the size limit with a Japanese 413', async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(attachmentLimits.fileBytes)]);
    const res = await upload(secretariat, casePath(), big, 'big.pdf');
    expect(res.status).toBe(413);
    expect((await res.json()).message).toContain('20MB');
  });

  it('leaves no file behind when the row is refused', async () => {
    const bytes = pdf();
    const before = await server.db('attachments').count({ n: '*' }).first();
    const res = await upload(secretariat, casePath(), bytes, 'c.pdf', { caption: 'あ'.repeat(201) });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.caption).toBeTruthy();
    expect(stored(sha256Of(bytes))).toBe(false);
    expect(await server.db('attachments').count({ n: '*' }).first()).toEqual(before);
  });

  it('refuses the file after the per-record count and the per-record total, keeping no file', async () => {
    const record = await newCase('P-2027-903');
    for (let i = 0; i < attachmentLimits.filesPerRecord; i++) expect((await upload(secretariat, `/practice_cases/${record}`, pdf(), `${i}.pdf`)).status).toBe(201);
    const extra = pdf();
    const res = await upload(secretariat, `/practice_cases/${record}`, extra, 'extra.pdf');
    expect([res.status, stored(sha256Of(extra))]).toEqual([400, false]);
    expect((await res.json()).message).toContain(`${attachmentLimits.filesPerRecord}ファイルまで`);
    await server.db('attachments').where({ resource: 'practice_cases', record_id: otherCaseId }).delete();
    const filler = (await upload(secretariat, `/practice_cases/${otherCaseId}`, pdf(), 'filler.pdf')).status;
    await server.db('attachments').where({ record_id: otherCaseId }).update({ size: attachmentLimits.bytesPerRecord - 10 });
    const over = await upload(secretariat, `/practice_cases/${otherCaseId}`, pdf(), 'over.pdf');
    expect([filler, over.status]).toEqual([201, 413]);
  });
});

describe('changes and deletion', () => {
  it('edits caption, alt text and consent only; deleting is audited and removes a file no one else uses', async () => {
    const bytes = pdf();
    const first = await (await upload(secretariat, casePath(), bytes, 'same.pdf')).json();
    const second = await (await upload(secretariat, `/c1_entries/1`, bytes, 'same.pdf')).json();
    const put = await secretariat.fetch(`/attachments/${first.id}`, { method: 'PUT', body: JSON.stringify({ ...first, caption: '説明', alt_text: '代替', consent: true }) });
    expect((await put.json()).caption).toBe('説明');
    const moved = await secretariat.fetch(`/attachments/${first.id}`, { method: 'PUT', body: JSON.stringify({ record_id: otherCaseId, version: 2 }) });
    expect(moved.status).toBe(403);
    expect((await secretariat.fetch(`/attachments/${first.id}`, { method: 'DELETE', headers: { 'if-match': '2' } })).status).toBe(200);
    expect(stored(first.sha256)).toBe(true);
    expect((await secretariat.fetch(`/attachments/${second.id}`, { method: 'DELETE', headers: { 'if-match': '1' } })).status).toBe(200);
    expect(stored(first.sha256)).toBe(false);
    const audit = await server.db('audit_events').where({ resource: 'attachments', record_id: second.id, action: 'delete' }).first();
    expect(audit.actor).toBe('事務局担当A');
  });

  it('lists a record\'s attachments by resource and record_id, and keeps a record with attachments from being deleted', async () => {
    const filter = encodeURIComponent(JSON.stringify({ resource: 'practice_cases', record_id: caseId }));
    const rows = await (await viewer.fetch(`/attachments?filter=${filter}`)).json();
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r: { record_id: number }) => r.record_id === caseId)).toBe(true);
    const res = await secretariat.fetch(`/practice_cases/${caseId}`, { method: 'DELETE', headers: { 'if-match': '1' } });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toContain('添付ファイルがあるため');
  });
});
