import type { ResourceName } from '../db/schema';
import type { Session, TestServer } from './testServer';

type Ids = { ward: number; center: number; department: number; user: number; practiceCase: number; edition: number; judge: number; roundless: number };

/** The first record of each referenced table, a judge without ties and an edition without rounds (created here) for the fixtures. */
export const fixtureIds = async (server: TestServer, admin: Session): Promise<Ids> => {
  const firstId = async (table: string) => (await server.db(table).orderBy('id').first('id')).id as number;
  const tied = server.db('c1_judge_ties').select('judge_id');
  const edition = { edition_no: 98, fiscal_year: 2027, name: '第98回 試験（審査なし）', criteria: [{ name: '独自性', weight: 1 }] };
  const roundless = await (await admin.fetch('/c1_editions', { method: 'POST', body: JSON.stringify(edition) })).json();
  return {
    ward: await firstId('wards'), center: await firstId('citizen_centers'), department: await firstId('departments'),
    user: await firstId('users'), practiceCase: await firstId('practice_cases'), edition: await firstId('c1_editions'),
    judge: (await server.db('c1_judges').whereNotIn('id', tied).orderBy('id').first('id')).id, roundless: roundless.id,
  };
};

export const newRecords = (ids: Ids): Record<ResourceName, Record<string, unknown>> => ({
  wards: { code: '409999', name: 'テスト区', sort_order: 99 },
  citizen_centers: { name: 'テスト市民センター', ward_id: ids.ward, kind: 'center', address: '小倉北区テスト町1-1' },
  departments: { bureau: 'テスト局', section: 'テスト課', kind: 'city_bureau' },
  users: { login: 'tester', display_name: '試験担当', role: 'viewer', department_id: ids.department },
  request_tasks: {
    task_code: 'C-999', fiscal_year: 2027, target_scope: 'community', title: '試験用の回覧依頼',
    requesting_department_id: ids.department, category: 'distribution', basis_type: 'custom',
    compensation_type: 'none', frequency: 'monthly', times_per_year: 12, months: [4, 5], channel: 'paper',
  },
  toilet_inventories: { citizen_center_id: ids.center, location: 'staff', western_count: 1, squat_count: 1 },
  toilet_work_orders: { order_no: 'T2027-999', fiscal_year: 2027, citizen_center_id: ids.center },
  practice_cases: { case_no: 'P-2027-999', title: '試験事例', ward_id: ids.ward, lead_org_type: 'joint', themes: ['disaster'] },
  practice_adoptions: { practice_case_id: ids.practiceCase, citizen_center_id: ids.center, status: 'trial' },
  c1_editions: { edition_no: 99, fiscal_year: 2027, name: '第99回 試験', criteria: [{ name: '独自性', weight: 50 }] },
  c1_entries: { edition_id: ids.edition, entry_no: 999, citizen_center_id: ids.center, presenter_role: 'staff', title: '試験応募' },
  c1_judges: { edition_id: ids.roundless, display_name: '試験審査員（有識者）', kind: 'expert', rounds: ['screening'] },
  c1_judge_ties: { judge_id: ids.judge, citizen_center_id: ids.center, reason: 'other', note: '試験' },
  c1_rounds: { edition_id: ids.roundless, kind: 'screening', held_on: '2027-02-01' },
  pt_sessions: { fiscal_year: 2027, session_no: 99, name: '試験用PT会議', held_on: '2027-05-11' },
  toilet_targets: { fiscal_year: 2035, target_percent: 90, note: '試験用の目標' },
  saved_views: {
    name: '試験用ビュー', resource: 'request_tasks', filter: { status: ['surveying'] }, sort: { field: 'task_code', order: 'ASC' },
    columns: ['task_code', 'title'], shared: true,
  },
});

export const changes: Record<ResourceName, Record<string, unknown>> = {
  wards: { sort_order: 98 },
  citizen_centers: { is_shelter: true, built_year: 1999 },
  departments: { valid_from: '2026-04-01', is_placeholder: true },
  users: { role: 'pt_member', active: false },
  request_tasks: { months: [10, 4], hours_per_occurrence: 1.5 },
  toilet_inventories: { western_count: 2, squat_count: 0 },
  toilet_work_orders: { extras: ['handrail', 'washlet'], estimated_price: 3_300_000 },
  practice_cases: { themes: ['safety', 'digital'], transferability: 'high' },
  practice_adoptions: { since: '2026-10-01', status: 'adopted' },
  c1_editions: { criteria: [{ name: '独自性', weight: 40 }, { name: '実現可能性', weight: 60 }] },
  c1_entries: { themes: ['food'], budget_requested: 120_000 },
  c1_judges: { kind: 'community', rounds: ['final', 'screening'] },
  c1_judge_ties: { reason: 'residence' },
  c1_rounds: { criteria: [{ name: '独自性', weight: 3 }] },
  pt_sessions: { held_on: '2027-05-18', note: '会場変更' },
  toilet_targets: { target_percent: 65 },
  saved_views: { name: '試験用ビュー（改）', shared: false },
};
