import type { Knex } from 'knex';
import { savedViews } from '../schema';
import { insertAll } from './insert';
import type { Masters } from './masters';

export async function seedSavedViews(trx: Knex.Transaction, masters: Masters) {
  const owner = (login: string) => masters.userIds.get(login)!;
  const byCode = { field: 'task_code', order: 'ASC' } as const;
  return insertAll(trx, savedViews, [
    { name: 'PT協議中の業務', resource: 'request_tasks', filter: { fiscal_year: 2026, status: ['pt_review'] }, sort: byCode, shared: true, owner_user_id: owner('secretariat') },
    {
      name: '廃止候補（慣例・対価なし）', resource: 'request_tasks', filter: { fiscal_year: 2026, basis_type: 'custom', compensation_type: 'none' },
      sort: { field: 'annual_burden_hours', order: 'DESC' }, shared: true, owner_user_id: owner('secretariat'),
    },
    { name: '紙中心の業務（個人用）', resource: 'request_tasks', filter: { fiscal_year: 2026, channel: ['paper'] }, sort: byCode, owner_user_id: owner('secretariat') },
  ]);
}
