import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../scripts/precompress';
import { startTestServer, type TestServer } from './testServer';

const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `行${i}`))};\n`;
const page = `<!doctype html><html lang="ja"><title>管理コンソール</title>${'<p>本文</p>'.repeat(200)}</html>`;
const dir = mkdtempSync(join(tmpdir(), 'client-files-'));
let server: TestServer;

beforeAll(async () => {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), script);
  writeFileSync(join(dir, 'index.html'), page);
  await precompress(dir, ['assets/index-Ab12Cd34.js', 'index.html']);
  server = await startTestServer({ clientDir: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, encoding: string) => fetch(`${server.origin}${path}`, { headers: { 'accept-encoding': encoding } });

describe('client files', () => {
  it('serves a hashed script brotli-compressed to browsers that accept it, cached for a year', async () => {
    const res = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(script));
    expect(await res.text()).toBe(script);
  });

  it('falls back to gzip, then to the plain file, by what the browser accepts', async () => {
    const gzipped = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toBe(script);
    const plain = await get('/assets/index-Ab12Cd34.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('serves the page itself compressed for any app route but has the browser revalidate it', async () => {
    for (const path of ['/', '/request_tasks/create']) {
      const res = await get(path, 'br');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(page);
    }
  });

  it('compresses API lists and keeps the Content-Range react-admin pages by', async () => {
    const session = await server.as('admin');
    const res = await session.fetch('/request_tasks?range=[0,49]', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-range')).toMatch(/^request_tasks 0-49\/\d+$/);
    expect((await res.json()).length).toBe(50);
  });
});
