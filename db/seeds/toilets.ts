import type { Knex } from 'knex';
import { toiletConversions, toiletInventories, toiletTargets } from '../schema';
import { conversionOrder } from '../workflows/toiletWorkOrders';
import { insertAll } from './insert';
import type { Center, Masters } from './masters';
import { createRng, type Rng } from './random';
import { seedToiletWorkOrders } from './toilet_orders';

type Location = 'men' | 'women' | 'multipurpose' | 'staff';

export interface ToiletStats {
  center: Center;
  western: number;
  squat: number;
}

const ratioRange = (builtYear: number): [number, number] =>
  builtYear >= 2005 ? [0.6, 1] : builtYear >= 1990 ? [0.3, 0.7] : [0, 0.5];

const stallsFor = (rng: Rng, center: Center) => {
  const noWestern = rng.chance(0.08);
  const [low, high] = ratioRange(center.builtYear);
  const ratio = noWestern ? 0 : low + rng.next() * (high - low);
  const split = (total: number) => {
    const western = Math.min(total, Math.round(total * ratio));
    return { western, squat: total - western };
  };
  const stalls: [Location, { western: number; squat: number }][] = [
    ['men', split(rng.int(1, 3))],
    ['women', split(rng.int(2, 4))],
  ];
  if (!noWestern && (center.builtYear >= 1995 || rng.chance(0.5))) stalls.push(['multipurpose', { western: 1, squat: 0 }]);
  if (rng.chance(0.25)) stalls.push(['staff', split(1)]);
  return stalls;
};

export async function seedToilets(trx: Knex.Transaction, masters: Masters) {
  const rng = createRng(0x5eed0003);
  const stats: ToiletStats[] = [];
  const records = masters.centers.flatMap((center) => {
    const stalls = stallsFor(rng, center);
    stats.push({
      center,
      western: stalls.reduce((sum, [, s]) => sum + s.western, 0),
      squat: stalls.reduce((sum, [, s]) => sum + s.squat, 0),
    });
    const surveyedOn = rng.date('2026-05-11', '2026-07-31');
    return stalls.map(([location, s]) => ({
      citizen_center_id: center.id,
      location,
      western_count: s.western,
      squat_count: s.squat,
      surveyed_on: surveyedOn,
    }));
  });
  const orders = await seedToiletWorkOrders(trx, rng, stats);
  const conversions = orders.filter((o) => o.status === 'completed').flatMap((order) => convert(records, order));
  await insertAll(trx, toiletInventories, records);
  await insertAll(trx, toiletConversions, conversions);
  await insertAll(trx, toiletTargets, [
    { fiscal_year: 2026, target_percent: 60, note: '令和8年度末の目標（サンプル）' },
    { fiscal_year: 2027, target_percent: 70, note: '令和9年度末の目標（サンプル）' },
  ]);
}

type Inventory = { citizen_center_id: number; location: Location; western_count: number; squat_count: number };

/** What completing the order did to the stalls, as the server's conversion does it: locations in `conversionOrder`. */
const convert = (records: Inventory[], order: { id: number; citizen_center_id: number; planned_conversions: number }) => {
  let remaining = order.planned_conversions;
  const rows = conversionOrder.flatMap((l) => records.filter((r) => r.citizen_center_id === order.citizen_center_id && r.location === l));
  return rows.flatMap((row) => {
    const stalls = Math.min(remaining, row.squat_count);
    if (!stalls) return [];
    remaining -= stalls;
    row.western_count += stalls;
    row.squat_count -= stalls;
    return [{ toilet_work_order_id: order.id, citizen_center_id: order.citizen_center_id, location: row.location, stalls }];
  });
};
