import type { RequestHandler } from 'express';
import { badRequest } from './errors';

export const maxDepth = 12;
export const maxNodes = 20_000;

const decimal = /^[1-9]\d{0,15}$/;

export const strictInteger = (raw: unknown): number | undefined => {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw : undefined;
  if (typeof raw !== 'string' || !decimal.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
};

export const withinBounds = (value: unknown) => {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (++nodes > maxNodes || depth > maxDepth) return false;
    if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
};

export const requireBounded = (value: unknown, what: string) => {
  if (!withinBounds(value)) throw badRequest(`${what}の入れ子が深すぎるか、項目が多すぎます（入れ子は${maxDepth}段まで、値は${maxNodes.toLocaleString()}個まで）`);
  return value;
};

export const boundedBody: RequestHandler = (req, _res, next) => {
  requireBounded(req.body, 'リクエスト本文');
  next();
};
