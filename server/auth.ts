import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Knex } from 'knex';
import type { Actor } from '../db/policy';
import { actorColumns, sessionActor } from './actors';
import { audit } from './audit';
import { judgingOf } from './c1/judging';
import { HttpError } from './errors';
import { verifyPassword } from './passwords';
import { expired } from './session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      actor?: Actor;
    }
  }
}

const unauthorized = (message = 'ログインしてください') => new HttpError(401, message);

export const requireXhr: RequestHandler = (req, _res, next) => {
  if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && req.get('x-requested-with') !== 'XMLHttpRequest') {
    throw new HttpError(403, 'この操作は管理コンソールの画面から行ってください (X-Requested-With がありません)');
  }
  next();
};

export const requireSession = (db: Knex): RequestHandler => async (req, _res, next) => {
  const { userId, startedAt, epoch = 0 } = req.session;
  if (!userId) throw unauthorized();
  const actor = await sessionActor(db, userId, epoch);
  if (!actor || expired(startedAt)) {
    await new Promise((resolve) => req.session.destroy(resolve));
    throw unauthorized('セッションの有効期限が切れました。もう一度ログインしてください');
  }
  req.actor = actor.role === 'judge' ? { ...actor, judging: await judgingOf(db, actor.id) } : actor;
  next();
};

const loginKey = (username: unknown) => String(username ?? '').normalize('NFKC').trim().toLowerCase().slice(0, 64);
const tooMany = new HttpError(429, 'ログインの試行回数が多すぎます。15分ほど待ってから再度お試しください');
export const failuresPerAccount = 5;
export const failuresPerAddress = 50;

const limiter = (limit: number, keyGenerator?: (req: express.Request) => string) =>
  rateLimit({
    windowMs: 15 * 60_000,
    limit,
    ...(keyGenerator && { keyGenerator }),
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    validate: { xForwardedForHeader: false },
    handler: () => {
      throw tooMany;
    },
  });

export const authRoutes = (db: Knex) => {
  const router = express.Router();
  const perAddress = limiter(failuresPerAddress);
  const perAccount = limiter(failuresPerAccount, (req) => `account:${loginKey(req.body?.username)}`);

  router.post('/login', perAddress, perAccount, async (req, res) => {
    const { username, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof username !== 'string' || typeof password !== 'string') throw new HttpError(400, 'ユーザー名とパスワードを入力してください');
    const user = await db('users').where({ login: loginKey(username) }).first();
    const ok = await verifyPassword(password, user?.password_hash);
    if (!ok || !user.active) {
      await audit(db, { action: 'login_failed', name: loginKey(username), actor: user ? user : null, ip: req.ip });
      throw unauthorized('ユーザー名またはパスワードが違います');
    }
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    req.session.startedAt = Date.now();
    req.session.epoch = user.session_epoch;
    await audit(db, { action: 'login', actor: user, ip: req.ip });
    res.json(Object.fromEntries(actorColumns.map((c) => [c, user[c]])));
  });

  router.post('/logout', async (req, res) => {
    const user = req.session.userId && (await db('users').where({ id: req.session.userId }).first(...actorColumns));
    if (user) await audit(db, { action: 'logout', actor: user, ip: req.ip });
    await new Promise((resolve) => req.session.destroy(resolve));
    res.clearCookie('console.sid').json({});
  });

  router.get('/me', requireSession(db), (req, res) => {
    res.json(req.actor);
  });

  return router;
};
