import type { Role } from '../policy';
import type { enums } from '../enums';
import { defineWorkflow, holdMoves, type Move } from '../workflow';

export type WorkStatus = (typeof enums.work_status)[number];

const staff: readonly Role[] = ['admin', 'secretariat'];
const needs = (state: string) => `「${state}」の工事には入力が必要です`;

const hearing = ['hearing_date'];
const contract = [...hearing, 'procurement_method', 'contract_amount', 'contractor', 'planned_start', 'planned_end'];
const started = [...contract, 'actual_start'];
const inspected = [...started, 'inspection_date'];
const completed = [...inspected, 'actual_end', 'western_after'];

/** A work order's conversions take the squat stalls of the centre's locations in this order (女子 first: most squat stalls are there). */
export const conversionOrder = ['women', 'men', 'multipurpose', 'staff'] as const;

export const activeWorkStates: readonly WorkStatus[] = ['planned', 'hearing_done', 'designing', 'procuring', 'contracted', 'in_progress'];

const moves: Move<WorkStatus>[] = [
  { name: 'hear', from: 'planned', to: 'hearing_done', roles: staff, fields: ['hearing_date', 'hearing_notes', 'squat_policy'] },
  { name: 'design', from: 'hearing_done', to: 'designing', roles: staff, fields: ['squat_policy', 'planned_conversions', 'extras'] },
  { name: 'procure', from: 'designing', to: 'procuring', roles: staff, fields: ['procurement_method', 'estimated_price', 'funding_source'] },
  {
    name: 'contract', from: 'procuring', to: 'contracted', roles: staff,
    fields: ['procurement_method', 'contract_amount', 'contractor', 'planned_start', 'planned_end', 'closure_days'],
  },
  { name: 'start_work', from: 'contracted', to: 'in_progress', roles: staff, fields: ['actual_start'] },
  { name: 'inspect', from: 'in_progress', to: 'inspected', roles: staff, fields: ['inspection_date', 'actual_end'] },
  { name: 'finish', from: 'inspected', to: 'completed', roles: staff, fields: ['actual_end', 'western_after'] },
  { name: 'reopen', from: 'completed', to: 'inspected', roles: staff, noteRequired: true },
  ...holdMoves<WorkStatus>({ from: activeWorkStates, to: 'on_hold', roles: staff, reason: 'hold_reason' }),
  ...[...activeWorkStates, 'on_hold' as const].map((from): Move<WorkStatus> => ({
    name: 'cancel', from, to: 'cancelled', roles: staff, fields: ['cancel_reason'], sets: () => ({ held_from: null }),
  })),
];

export const toiletWorkOrderWorkflow = defineWorkflow<WorkStatus>({
  resource: 'toilet_work_orders',
  states: {
    planned: {},
    hearing_done: { requires: hearing, message: needs('ヒアリング済') },
    designing: { requires: hearing, message: needs('設計中') },
    procuring: { requires: hearing, message: needs('入札・発注中') },
    contracted: { requires: contract, message: needs('契約済') },
    in_progress: { requires: started, message: needs('施工中') },
    inspected: { requires: inspected, message: needs('完了検査済') },
    completed: { requires: completed, message: needs('完了') },
    on_hold: { requires: ['hold_reason', 'held_from'], message: '保留にするには理由を入力してください' },
    cancelled: { requires: ['cancel_reason'], message: '中止にするには理由を入力してください' },
  },
  moves,
  history: { resource: 'toilet_work_order_transitions', key: 'toilet_work_order_id', carry: [] },
});
