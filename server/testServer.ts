import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, migrate } from '../db/connection';
import { seed } from '../db/seeds';
import { createApp } from './app';

export const startTestServer = async ({ seeded = true, clientDir }: { seeded?: boolean; clientDir?: string } = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'console-test-'));
  const db = connect(join(dir, 'test.db'));
  await migrate(db);
  if (seeded) await seed(db);
  const server = createApp(db, { clientDir: clientDir ?? join(dir, 'no-client') }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    origin,
    api: `${origin}/api`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
