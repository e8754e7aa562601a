import type { Knex } from 'knex';
import { enums } from '../../db/schema';
import { badRequest } from '../errors';
import { strictInteger } from '../bounds';

export interface ScheduleFilter {
  fiscal_year: number;
  ward_id?: number;
  lot_no?: string;
  status?: string;
  delayed?: boolean;
}

/** Late: finished after the planned end, or the planned end has passed (Asia/Tokyo) and the work is not done. */
export const delayedSql = (today: string, o = 'o') => `(${o}.actual_end is not null and ${o}.actual_end > ${o}.planned_end)
  or (${o}.actual_end is null and ${o}.planned_end < '${today}' and ${o}.status not in ('completed', 'cancelled'))`;
const delayed = (today: string) => delayedSql(today);

export const parseScheduleFilter = (query: Record<string, unknown>): ScheduleFilter => {
  const { fiscal_year, ward_id, lot_no, status, delayed: late, ...rest } = query;
  if (Object.keys(rest).length) throw badRequest(`不明なパラメータです: ${Object.keys(rest).join(', ')}`);
  const year = strictInteger(fiscal_year);
  if (year === undefined || year < 2000 || year > 2100) throw badRequest('年度 (fiscal_year) は西暦の年で指定してください', { fiscal_year: '年度を選んでください' });
  const ward = ward_id === undefined || ward_id === '' ? undefined : strictInteger(ward_id);
  if (ward_id !== undefined && ward_id !== '' && (ward === undefined || ward < 1)) throw badRequest('区 (ward_id) は ID で指定してください', { ward_id: '区を選んでください' });
  if (status !== undefined && status !== '' && !enums.work_status.includes(status as never)) throw badRequest('状態を選択肢から指定してください', { status: '選択肢から選んでください' });
  if (lot_no !== undefined && (typeof lot_no !== 'string' || lot_no.length > 40)) throw badRequest('発注ロットは40文字以内で指定してください', { lot_no: '40文字以内で入力してください' });
  if (late !== undefined && late !== 'true' && late !== 'false') throw badRequest('遅延 (delayed) は true か false で指定してください');
  return { fiscal_year: year, ward_id: ward, lot_no: lot_no || undefined, status: status || undefined, delayed: late === undefined ? undefined : late === 'true' } as ScheduleFilter;
};

export const schedule = async (db: Knex, filter: ScheduleFilter, today: string) => {
  const q = db('toilet_work_orders as o').join('citizen_centers as c', 'c.id', 'o.citizen_center_id').join('wards as w', 'w.id', 'c.ward_id')
    .where('o.fiscal_year', filter.fiscal_year)
    .select('o.id', 'o.order_no', 'o.status', 'o.lot_no', 'o.planned_start', 'o.planned_end', 'o.actual_start', 'o.actual_end',
      'o.closure_days', 'o.citizen_center_id', 'c.name as center', 'c.ward_id', 'w.name as ward')
    .select(db.raw(`case when ${delayed(today)} then 1 else 0 end as delayed`))
    .orderBy([{ column: 'w.sort_order' }, { column: 'o.lot_no' }, { column: 'o.order_no' }]);
  if (filter.ward_id) q.where('c.ward_id', filter.ward_id);
  if (filter.lot_no) q.where('o.lot_no', filter.lot_no);
  if (filter.status) q.where('o.status', filter.status);
  if (filter.delayed !== undefined) q.whereRaw(filter.delayed ? `(${delayed(today)})` : `not (${delayed(today)})`);
  const rows: Record<string, unknown>[] = await q;
  return rows.map((r) => ({ ...r, delayed: !!Number(r.delayed) }));
};
