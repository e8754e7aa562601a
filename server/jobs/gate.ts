import type { RequestHandler } from 'express';
import { HttpError } from '../errors';

export const maxWriteWaitMs = 60_000;
const readOnly = new Set(['GET', 'HEAD', 'OPTIONS']);
let writers = 0;
let waiting: (() => void)[] = [];

export const writesHeld = () => writers > 0;

export const closeWrites = () => {
  writers++;
};

export const openWrites = () => {
  writers = Math.max(writers - 1, 0);
  if (writers) return;
  const ready = waiting;
  waiting = [];
  ready.forEach((go) => go());
};

const opened = () => new Promise<boolean>((resolve) => {
  const timer = setTimeout(() => {
    waiting = waiting.filter((w) => w !== go);
    resolve(false);
  }, maxWriteWaitMs);
  const go = () => {
    clearTimeout(timer);
    resolve(true);
  };
  waiting.push(go);
});

export const waitForWrites: RequestHandler = async (req, _res, next) => {
  if (writers && !readOnly.has(req.method) && !(await opened())) {
    throw new HttpError(503, '大量の取り込みをデータベースに反映しています。しばらくしてから再度お試しください');
  }
  next();
};
