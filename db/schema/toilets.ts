import { z } from 'zod';
import { code, date, fiscalYear, id, int, note, notBefore, one, optInt, optOne, resource, set, transitionsOf } from './fields';
import { enums } from '../enums';
import { toiletWorkOrderWorkflow } from '../workflows/toiletWorkOrders';

export const toiletInventories = resource({
  name: 'toilet_inventories',
  fields: z.object({
    citizen_center_id: id(),
    location: one(enums.toilet_location),
    western_count: int(0, 99),
    squat_count: int(0, 99),
    surveyed_on: date(),
  }),
  references: { citizen_center_id: 'citizen_centers' },
  unique: [['citizen_center_id', 'location']],
});

export const toiletWorkOrders = resource({
  name: 'toilet_work_orders',
  fields: z.object({
    order_no: code(/^T\d{4}-\d{3}$/, 'T2026-001'),
    fiscal_year: fiscalYear(),
    citizen_center_id: id(),
    lot_no: note(40),
    status: one(enums.work_status).default('planned'),
    priority: one(enums.level).default('medium'),
    priority_reasons: set(enums.priority_reason),
    squat_policy: one(enums.squat_policy).default('undecided'),
    planned_conversions: int(0, 99).default(0),
    extras: set(enums.extra),
    hearing_date: date(),
    hearing_notes: note(),
    procurement_method: optOne(enums.procurement_method),
    estimated_price: optInt(),
    contract_amount: optInt(),
    contractor: note(100),
    planned_start: date(),
    planned_end: date(),
    actual_start: date(),
    actual_end: date(),
    closure_days: optInt(0, 365),
    inspection_date: date(),
    funding_source: optOne(enums.funding_source),
    western_after: optInt(0, 99),
    hold_reason: note(400),
    held_from: optOne(enums.work_status),
    cancel_reason: note(400),
    note: note(),
  }),
  references: { citizen_center_id: 'citizen_centers' },
  unique: [['order_no']],
  search: ['order_no', 'lot_no', 'contractor', 'hearing_notes', 'note', 'citizen_center_id'],
  title: ['order_no'],
  managed: ['status', 'held_from'],
  workflow: toiletWorkOrderWorkflow,
  check: (r) => notBefore(notBefore({}, r, 'planned_start', 'planned_end'), r, 'actual_start', 'actual_end'),
});

/** The stalls a completed work order converted per location: what a reopen gives back. */
export const toiletConversions = resource({
  name: 'toilet_conversions',
  fields: z.object({
    toilet_work_order_id: id(),
    citizen_center_id: id(),
    location: one(enums.toilet_location),
    stalls: int(1, 99),
  }),
  references: { toilet_work_order_id: 'toilet_work_orders', citizen_center_id: 'citizen_centers' },
  readOnly: true,
});

export const toiletTargets = resource({
  name: 'toilet_targets',
  fields: z.object({ fiscal_year: fiscalYear(), target_percent: int(0, 100), note: note(400) }),
  unique: [['fiscal_year']],
  title: ['fiscal_year'],
});

export const toiletWorkOrderTransitions = transitionsOf('toilet_work_order_transitions', 'toilet_work_orders', 'toilet_work_order_id', enums.work_status);
