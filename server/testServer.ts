import { fetchUtils } from 'ra-core';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataProvider } from '../client/src/dataProvider';
import { connect, migrate } from '../db/connection';
import { testDatabase } from '../db/testDatabase';
import type { Role } from '../db/policy';
import { demoPassword, seed } from '../db/seeds';
import { createApp } from './app';
import { stopSpares } from './jobs/runner';
import type { TrustProxy } from './proxy';

const xhr = { 'x-requested-with': 'XMLHttpRequest' };

/** `sqlite` keeps a test on SQLite when TEST_DATABASE_URL is set; `location` opens an existing database instead of a new one. */
type Options = { seeded?: boolean; clientDir?: string; trustProxy?: TrustProxy; sqlite?: boolean; location?: string; postgres?: string };

export const startTestServer = async ({ seeded = true, clientDir, trustProxy = false, sqlite = false, location, postgres }: Options = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'console-test-'));
  const database = location ? { location, drop: async () => {} } : await testDatabase(join(dir, 'test.db'), postgres ? { server: postgres } : { sqlite });
  const db = connect(database.location);
  await migrate(db);
  if (seeded) await seed(db);
  const server = createApp(db, { clientDir: clientDir ?? join(dir, 'no-client'), trustProxy }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const api = `${origin}/api`;

  const signIn = async (login: string, password = demoPassword) => {
    const res = await fetch(`${api}/auth/login`, {
      method: 'POST', headers: { ...xhr, 'content-type': 'application/json' }, body: JSON.stringify({ username: login, password }),
    });
    // express-session stores the session while the last byte of the answer is still on its way
    const body = await res.text();
    if (res.status !== 200) throw new Error(`sign-in as ${login} failed: ${res.status} ${body}`);
    return res.headers.get('set-cookie')!.split(';')[0];
  };

  const as = async (role: Role | string) => {
    const cookie = await signIn(role);
    const headers = (extra?: HeadersInit) => {
      const all = new Headers(extra);
      all.set('cookie', cookie);
      all.set('x-requested-with', 'XMLHttpRequest');
      return all;
    };
    return {
      cookie,
      fetch: (path: string, init: RequestInit = {}) => {
        const all = headers(init.headers);
        if (init.body && !(init.body instanceof FormData) && !all.has('content-type')) all.set('content-type', 'application/json');
        return fetch(`${api}${path}`, { ...init, headers: all });
      },
      client: createDataProvider(api, (url, options = {}) =>
        fetchUtils.fetchJson(url, { ...options, headers: headers(options.headers as HeadersInit) })),
    };
  };

  return {
    db,
    origin,
    api,
    signIn,
    as,
    close: async () => {
      stopSpares();
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
export type Session = Awaited<ReturnType<TestServer['as']>>;
