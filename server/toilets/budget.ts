import type { Knex } from 'knex';

/** 予定価格 vs 契約金額 (落札率 = contract ÷ estimate over the orders that have both) per fiscal year, funding source and ward. */
export const budget = async (db: Knex, year?: number) => {
  const q = db('toilet_work_orders as o').join('citizen_centers as c', 'c.id', 'o.citizen_center_id').join('wards as w', 'w.id', 'c.ward_id')
    .whereNot('o.status', 'cancelled')
    .select('o.fiscal_year', 'o.funding_source', 'c.ward_id', 'w.name as ward')
    .count({ orders: '*' })
    .sum({ estimated: 'o.estimated_price', contracted: 'o.contract_amount' })
    .select(db.raw(`sum(case when o.contract_amount is not null and o.estimated_price is not null then o.estimated_price end) as estimated_awarded`))
    .select(db.raw(`sum(case when o.contract_amount is not null and o.estimated_price is not null then o.contract_amount end) as contracted_awarded`))
    .groupBy('o.fiscal_year', 'o.funding_source', 'c.ward_id', 'w.name', 'w.sort_order')
    .orderBy([{ column: 'o.fiscal_year' }, { column: 'o.funding_source' }, { column: 'w.sort_order' }]);
  if (year) q.where('o.fiscal_year', year);
  const rows: Record<string, unknown>[] = await q;
  return rows.map((r) => {
    const [est, con] = [Number(r.estimated_awarded ?? 0), Number(r.contracted_awarded ?? 0)];
    return {
      fiscal_year: r.fiscal_year, funding_source: r.funding_source, ward_id: r.ward_id, ward: r.ward, orders: Number(r.orders),
      estimated: Number(r.estimated ?? 0), contracted: Number(r.contracted ?? 0),
      award_rate: est > 0 ? Math.round((1000 * con) / est) / 10 : null,
    };
  });
};
