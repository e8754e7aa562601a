import type { Knex } from 'knex';
import { selectRows } from '../../db/connection';

export const fiscalYearStart = (year: number) => `${year}-04-01`;

/** Stalls per active centre now, at the start of the fiscal year (completed conversions since then taken back) and when its open orders are done. */
const perCenter = (year: number) => `
  with inv as (
    select citizen_center_id c, sum(western_count) w, sum(squat_count) s from toilet_inventories group by citizen_center_id
  ), done as (
    select v.citizen_center_id c, sum(v.stalls) n from toilet_conversions v
    join toilet_work_orders o on o.id = v.toilet_work_order_id
    where o.status = 'completed' and o.actual_end >= '${fiscalYearStart(year)}' group by v.citizen_center_id
  ), ordered as (
    select citizen_center_id c, sum(planned_conversions) n from toilet_work_orders
    where status not in ('completed', 'cancelled') and fiscal_year <= ${year} group by citizen_center_id
  )
  select cc.id, cc.name, cc.ward_id, wd.name ward, wd.sort_order ward_order, cc.is_shelter, cc.built_year,
    coalesce(inv.w, 0) + coalesce(inv.s, 0) total,
    coalesce(inv.w, 0) western,
    coalesce(inv.w, 0) - coalesce(done.n, 0) western_start,
    coalesce(inv.w, 0) + case when coalesce(inv.s, 0) < coalesce(ordered.n, 0) then coalesce(inv.s, 0) else coalesce(ordered.n, 0) end western_projected
  from citizen_centers cc join wards wd on wd.id = cc.ward_id
  left join inv on inv.c = cc.id left join done on done.c = cc.id left join ordered on ordered.c = cc.id
  where cc.active`;

const percent = (part: string, sum: string) => `case when ${sum}(total) > 0 then round(100.0 * ${sum}(${part}) / ${sum}(total), 1) end`;
const figuresOf = (sum: string) => `${sum}(total) total, ${sum}(western) western, ${sum}(western_start) western_start,
  ${sum}(western_projected) western_projected, ${percent('western', sum)} ratio, ${percent('western_start', sum)} ratio_start,
  ${percent('western_projected', sum)} ratio_projected`;
const figures = figuresOf('sum');

export interface Figures {
  total: number; western: number; western_start: number; western_projected: number;
  ratio: number | null; ratio_start: number | null; ratio_projected: number | null;
}

const numeric = <T extends Record<string, unknown>>(row: T) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])) as T;

/** 洋式化率 (percent, one decimal) per centre, ward and city, in SQL. Shelters with no Western stall come first, then the lowest ratio. */
export const ratios = async (db: Knex, year: number) => {
  const base = perCenter(year);
  const centers = await selectRows(db, `select * from (select id, name, ward_id, ward, is_shelter, built_year, ${figuresOf('')} from (${base}) c) r
    order by case when is_shelter and western = 0 then 0 else 1 end, case when ratio is null then 1 else 0 end, ratio, name`);
  const wards = await selectRows(db, `select ward_id, ward, ${figures} from (${base}) c group by ward_id, ward order by min(ward_order)`);
  const [city] = await selectRows(db, `select ${figures} from (${base}) c`);
  return {
    city: numeric(city) as unknown as Figures,
    wards: wards.map(numeric),
    centers: centers.map((c) => ({ ...numeric(c), is_shelter: !!c.is_shelter })),
  };
};
