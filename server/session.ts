import { ConnectSessionKnexStore } from 'connect-session-knex';
import session, { type SessionData } from 'express-session';
import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writesHeld } from './jobs/gate';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    startedAt: number;
    epoch: number;
  }
}

export const idleMinutes = 30;
export const absoluteHours = 10;

export const sessionSecretAt = (file: string) => {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
};

export const touchEveryMs = 60_000;

class SparingStore extends ConnectSessionKnexStore {
  private touched = new Map<string, number>();

  async touch(sid: string, session: SessionData, callback?: () => void) {
    const now = Date.now();
    if (writesHeld() || now - (this.touched.get(sid) ?? 0) < touchEveryMs) return callback?.();
    if (this.touched.size > 10_000) this.touched.clear();
    this.touched.set(sid, now);
    return super.touch(sid, session, callback);
  }
}

export const sessions = (db: Knex, secret: string) =>
  session({
    name: 'console.sid',
    secret,
    store: new SparingStore({ knex: db, tableName: 'sessions', createTable: false, cleanupInterval: 15 * 60_000 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: idleMinutes * 60_000 },
  });

export const expired = (startedAt: number | undefined) => !startedAt || Date.now() - startedAt > absoluteHours * 3_600_000;
