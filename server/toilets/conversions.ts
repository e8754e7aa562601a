import type { Request } from 'express';
import type { Knex } from 'knex';
import { toiletConversions, toiletInventories } from '../../db/schema';
import { conversionOrder } from '../../db/workflows/toiletWorkOrders';
import { whoFrom } from '../audit';
import { badRequest } from '../errors';
import { store, type Row } from '../store';
import type { Hooks } from '../workflow/move';


const inventories = store(toiletInventories);
const rank = (location: unknown) => conversionOrder.indexOf(location as never);

const locationsOf = async (trx: Knex.Transaction, centerId: unknown) =>
  ((await trx(toiletInventories.name).where({ citizen_center_id: centerId })) as Row[]).sort((a, b) => rank(a.location) - rank(b.location));

const convert = async (trx: Knex.Transaction, req: Request, order: Row) => {
  let remaining = order.planned_conversions as number;
  const rows = await locationsOf(trx, order.citizen_center_id);
  const squat = rows.reduce((n, r) => n + (r.squat_count as number), 0);
  if (squat < remaining) {
    throw badRequest(`この市民センターの和式トイレは${squat}基のため、洋式化予定数${remaining}基を完了にできません。トイレ設備を確認してください`,
      { planned_conversions: `和式は${squat}基です` });
  }
  const now = new Date().toISOString();
  for (const row of rows) {
    const stalls = Math.min(remaining, row.squat_count as number);
    if (!stalls) continue;
    remaining -= stalls;
    await inventories.update(trx, row.id as number, {
      western_count: (row.western_count as number) + stalls, squat_count: (row.squat_count as number) - stalls,
    }, whoFrom(req), { action: 'transition' });
    await trx(toiletConversions.name).insert({
      toilet_work_order_id: order.id, citizen_center_id: order.citizen_center_id, location: row.location, stalls,
      created_at: now, updated_at: now, version: 1,
    });
  }
};

const revert = async (trx: Knex.Transaction, req: Request, order: Row) => {
  const done: Row[] = await trx(toiletConversions.name).where({ toilet_work_order_id: order.id });
  for (const conversion of done) {
    const row = await trx(toiletInventories.name).where({ citizen_center_id: order.citizen_center_id, location: conversion.location }).first();
    if (!row || row.western_count < (conversion.stalls as number)) {
      throw badRequest('完了後にトイレ設備が変更されているため、洋式化を元に戻せません。トイレ設備を確認してください');
    }
    await inventories.update(trx, row.id, {
      western_count: row.western_count - (conversion.stalls as number), squat_count: row.squat_count + (conversion.stalls as number),
    }, whoFrom(req), { action: 'transition' });
  }
  await trx(toiletConversions.name).where({ toilet_work_order_id: order.id }).delete();
};

/** Completing a work order converts its stalls in the inventory; reopening it gives them back. */
export const inventoryHooks: Hooks = {
  onMove: async (trx, req, { after, move }) => {
    if (move.to === 'completed') await convert(trx, req, after);
    if (move.name === 'reopen') await revert(trx, req, after);
  },
};
