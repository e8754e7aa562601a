import type { Knex } from 'knex';
import type { z } from 'zod';
import { toiletWorkOrders, toiletWorkOrderTransitions } from '../schema';
import { insertAll } from './insert';
import { addDays, type Rng } from './random';
import type { ToiletStats } from './toilets';

type Status = z.output<typeof toiletWorkOrders.fields>['status'];

const stages: Status[] = ['planned', 'hearing_done', 'designing', 'procuring', 'contracted', 'in_progress', 'inspected', 'completed'];
const plan: Status[] = [
  ...Array<Status>(5).fill('completed'), 'inspected', 'inspected', 'in_progress', 'in_progress', 'in_progress',
  'contracted', 'contracted', 'contracted', 'procuring', 'procuring', 'procuring', 'designing', 'designing', 'designing',
  'hearing_done', 'hearing_done', 'planned', 'planned', 'on_hold', 'cancelled',
];
const lots: Record<number, string> = { 7: '第1工区', 8: '第1工区', 9: '第1工区', 13: '第2工区', 14: '第2工区', 15: '第2工区' };
const startWindow: Partial<Record<Status, [string, string]>> = {
  completed: ['2026-07-01', '2026-08-20'], inspected: ['2026-08-20', '2026-09-15'], in_progress: ['2026-10-20', '2026-11-20'],
  contracted: ['2026-12-07', '2027-01-15'], procuring: ['2027-01-12', '2027-01-12'], designing: ['2027-02-01', '2027-02-26'],
};
const contractors = ['サンプル設備工業株式会社', '見本建設株式会社', '架空管工業有限会社', '例示水道設備株式会社', 'テスト工務店有限会社'];
const hearingNotes = [
  '利用者に高齢者が多く、洋式化の要望が強い。和式は1基残してほしいとの意見あり。',
  '避難所としての利用を想定し、多目的トイレの整備も希望。',
  '工事期間中は近隣施設のトイレを案内する。講座の休止時期と調整したい。',
  '女子トイレの和式が使われておらず、全面的な洋式化を希望。',
];
const today = '2026-11-29';

/** The moves that brought a sample order to its state, for its history. */
const pathTo = (status: Status): [Status, Status][] => {
  const [via, last] = status === 'on_hold' ? ['hearing_done', 'on_hold'] : status === 'cancelled' ? ['designing', 'cancelled'] : [status, null];
  const steps = stages.slice(0, stages.indexOf(via as Status) + 1);
  const path = steps.slice(1).map((to, i): [Status, Status] => [steps[i], to]);
  return last ? [...path, [via as Status, last as Status]] : path;
};
const min = (a: string, b: string) => (a < b ? a : b);

const procurementFor = (estimate: number, lot: string | null) =>
  lot || (estimate > 2_500_000 && estimate <= 4_000_000) ? 'designated_tender' as const
    : estimate > 4_000_000 ? 'general_tender' as const : estimate <= 1_300_000 ? 'repair' as const : 'negotiated' as const;

const score = ({ center, western, squat }: ToiletStats) => {
  const ratio = western / (western + squat);
  return (center.isShelter ? 2 : 0) + (western === 0 ? 3 : 0) + (ratio < 0.3 ? 2 : ratio < 0.5 ? 1 : 0) + (center.builtYear < 1985 ? 1 : 0);
};

const reasonsFor = (rng: Rng, s: ToiletStats) => {
  const ratio = s.western / (s.western + s.squat);
  return [
    ...(s.center.isShelter ? ['shelter' as const] : []),
    ...(s.western === 0 ? ['no_western' as const] : ratio < 0.5 ? ['low_ratio' as const] : []),
    ...(s.center.builtYear < 1985 ? ['aging' as const] : []),
    ...(rng.chance(0.3) ? ['user_request' as const] : []),
  ];
};

const buildOrder = (rng: Rng, s: ToiletStats, status: Status, i: number, lotContractor: Map<string, string>) => {
  const rank = status === 'on_hold' ? 1 : status === 'cancelled' ? 2 : stages.indexOf(status);
  const lot = lots[i] ?? null;
  const policy = rank < 1 ? 'undecided' as const : s.squat > 1 && rng.chance(0.7) ? 'keep_one' as const : 'convert_all' as const;
  const conversions = policy === 'keep_one' ? s.squat - 1 : s.squat;
  const extras = rank < 1 ? [] : rng.sample(['washlet', 'handrail', 'auto_faucet', 'multipurpose'] as const, rng.int(1, 3));
  const estimate = Math.min(8_000_000, Math.max(1_000_000, Math.round((800_000 + conversions * 550_000 + extras.length * 120_000) / 10_000) * 10_000));
  const window = startWindow[status] ?? (rank >= 2 ? ['2027-02-01', '2027-03-01'] as [string, string] : null);
  const plannedStart = window ? rng.date(...window) : null;
  const duration = 14 + conversions * 4;
  const plannedEnd = plannedStart ? addDays(plannedStart, duration) : null;
  const actualStart = rank >= 5 && plannedStart ? addDays(plannedStart, rng.int(0, 5)) : null;
  const delayed = status === 'completed' && i % 2 === 1;
  const actualEnd = rank >= 6 && plannedEnd && actualStart
    ? min(addDays(plannedEnd, delayed ? rng.int(5, 20) : rng.int(-4, 0)), addDays(today, -14)) : null;
  const contractor = rank >= 4 ? (lot ? lotContractor.get(lot) ?? rng.pick(contractors) : rng.pick(contractors)) : null;
  if (lot && contractor) lotContractor.set(lot, contractor);
  return {
    order_no: `T2026-${String(i + 1).padStart(3, '0')}`,
    fiscal_year: 2026,
    citizen_center_id: s.center.id,
    lot_no: lot,
    status,
    priority: score(s) >= 5 ? 'high' as const : score(s) >= 3 ? 'medium' as const : 'low' as const,
    priority_reasons: reasonsFor(rng, s),
    squat_policy: policy,
    planned_conversions: conversions,
    extras,
    hearing_date: rank >= 1 ? rng.date('2026-04-20', '2026-06-30') : null,
    hearing_notes: rank >= 1 ? rng.pick(hearingNotes) : null,
    procurement_method: rank < 2 ? null : procurementFor(estimate, lot),
    estimated_price: rank >= 2 ? estimate : null,
    contract_amount: rank >= 4 ? Math.round((estimate * (0.85 + rng.next() * 0.12)) / 1000) * 1000 : null,
    contractor,
    planned_start: plannedStart,
    planned_end: plannedEnd,
    actual_start: actualStart,
    actual_end: actualEnd,
    closure_days: rank >= 4 ? Math.ceil(duration * 0.6) : null,
    inspection_date: actualEnd ? min(addDays(actualEnd, rng.int(3, 10)), addDays(today, -1)) : null,
    funding_source: rank >= 2 ? (s.center.isShelter ? 'disaster_bond' as const : rng.pick(['general', 'national_subsidy'] as const)) : null,
    western_after: rank >= 6 ? s.western + conversions : null,
    held_from: status === 'on_hold' ? 'hearing_done' as const : null,
    hold_reason: status === 'on_hold' ? '館の大規模改修計画と工期を調整するため' : null,
    cancel_reason: status === 'cancelled' ? '施設の建替え方針が決まったため' : null,
    note: status === 'on_hold' ? 'サンプルデータ。館の大規模改修計画と調整するため保留中。'
      : status === 'cancelled' ? 'サンプルデータ。施設の建替え方針が決まったため中止。' : 'サンプルデータ',
  };
};

/** The sample orders; the inventory is the state after the completed ones, so their conversions are taken back out of the stalls. */
export async function seedToiletWorkOrders(trx: Knex.Transaction, rng: Rng, stats: ToiletStats[]) {
  const candidates = rng.shuffle(stats.filter((s) => s.squat > 0)).sort((a, b) => score(b) - score(a)).slice(0, plan.length);
  const lotContractor = new Map<string, string>();
  const orders = plan.map((status, i) => buildOrder(rng, candidates[i], status, i, lotContractor));
  const ids = await insertAll(trx, toiletWorkOrders, orders);
  const moves = orders.flatMap((order, i) => pathTo(order.status).map(([from, to]) => ({
    toilet_work_order_id: ids[i], from_status: from, to_status: to, actor: '事務局（サンプル）',
    note: to === 'on_hold' ? order.hold_reason : to === 'cancelled' ? order.cancel_reason : null,
  })));
  await insertAll(trx, toiletWorkOrderTransitions, moves, (i) => new Date(Date.parse('2026-04-20T01:00:00Z') + i * 3_600_000).toISOString());
  return orders.map((order, i) => ({ ...order, id: ids[i] }));
}
