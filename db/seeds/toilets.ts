import type { Knex } from 'knex';
import { toiletInventories } from '../schema';
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
  await insertAll(trx, toiletInventories, records);
  await seedToiletWorkOrders(trx, rng, stats);
}
