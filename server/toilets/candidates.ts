import type { Request } from 'express';
import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import { toiletWorkOrders } from '../../db/schema';
import { access } from '../access';
import { whoFrom } from '../audit';
import { badRequest } from '../errors';
import { store } from '../store';
import { ratios } from './ratios';

type Reason = 'shelter' | 'no_western' | 'low_ratio' | 'aging';
export const lowRatio = 50;
export const agingYears = 40;
export const maxCandidates = 100;

const reasonsOf = (c: { is_shelter: boolean; western: number; ratio: number | null; built_year: number | null }, year: number): Reason[] => [
  ...(c.is_shelter ? ['shelter' as const] : []),
  ...(c.western === 0 ? ['no_western' as const] : (c.ratio ?? 0) < lowRatio ? ['low_ratio' as const] : []),
  ...(c.built_year != null && c.built_year <= year - agingYears ? ['aging' as const] : []),
];

const rank = (c: { is_shelter: boolean; western: number }) => (c.is_shelter && c.western === 0 ? 0 : 1);

/** Centres with squat stalls and no open order, ranked: shelters without a Western stall, then lowest 洋式化率, then oldest building. */
export const candidates = async (db: Knex, year: number) => {
  const open = new Set((await db('toilet_work_orders').whereNotIn('status', ['completed', 'cancelled']).pluck('citizen_center_id')) as number[]);
  const { centers } = await ratios(db, year - 1);
  return centers
    .map((c) => c as unknown as { id: number; name: string; ward: string; is_shelter: boolean; western: number; total: number; ratio: number | null; built_year: number | null })
    .filter((c) => c.total > c.western && !open.has(c.id))
    .sort((a, b) => rank(a) - rank(b) || (a.ratio ?? 0) - (b.ratio ?? 0) || (a.built_year ?? 9999) - (b.built_year ?? 9999) || a.name.localeCompare(b.name, 'ja'))
    .map((c, i) => {
      const reasons = reasonsOf(c, year);
      return { ...c, rank: i + 1, squat: c.total - c.western, reasons, reason_labels: reasons.map((r) => choiceLabel('toilet_work_orders', 'priority_reasons', r)) };
    });
};

const parseIds = (raw: unknown) => {
  if (!Array.isArray(raw) || !raw.length || raw.length > maxCandidates || !raw.every((v) => Number.isSafeInteger(v) && v > 0)) {
    throw badRequest(`市民センター (center_ids) を1〜${maxCandidates}件の ID で指定してください`, { center_ids: '市民センターを選んでください' });
  }
  if (new Set(raw).size !== raw.length) throw badRequest('同じ市民センターが重複しています', { center_ids: '重複しています' });
  return raw as number[];
};

/** POST: planned work orders for the selected candidates of `year`, all or nothing. */
export const createCandidateOrders = async (db: Knex, req: Request, year: number, rawIds: unknown) => {
  access(req, toiletWorkOrders.name).require('create');
  const ids = parseIds(rawIds);
  const orders = store(toiletWorkOrders);
  return db.transaction(async (trx) => {
    const ranked = new Map((await candidates(trx as unknown as Knex, year)).map((c) => [c.id, c]));
    const missing = ids.filter((id) => !ranked.has(id));
    if (missing.length) throw badRequest(`候補にない市民センターが含まれています（ID ${missing.join('、')}）。どの工事も作成しませんでした`, { center_ids: '候補から選んでください' });
    const last = await trx(toiletWorkOrders.name).where('order_no', 'like', `T${year}-%`).max({ no: 'order_no' }).first();
    let next = last?.no ? Number(String(last.no).slice(6)) + 1 : 1;
    if (next + ids.length - 1 > 999) throw badRequest(`令和${year - 2018}年度の工事番号が999を超えるため作成できません`);
    const created = [];
    for (const id of ids) {
      const c = ranked.get(id)!;
      created.push(await orders.create(trx, {
        order_no: `T${year}-${String(next++).padStart(3, '0')}`, fiscal_year: year, citizen_center_id: id,
        priority: rank(c) === 0 ? 'high' : c.reasons.length >= 2 ? 'medium' : 'low',
        priority_reasons: c.reasons, planned_conversions: c.squat,
      }, whoFrom(req)));
    }
    return created;
  });
};
