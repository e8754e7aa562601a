import { taskSorts } from '../../db/migrations/012_task_sorts';
import { benchFiscalYear } from '../benchScale';

type Query = [label: string, path: string];

const list = (resource: string, filter: object, sort: [string, string], range: [number, number] = [0, 24]) =>
  `/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}`;

const year = { fiscal_year: benchFiscalYear };
const tasks = (label: string, filter: object, sort: [string, string] = ['task_code', 'ASC'], range?: [number, number]): Query =>
  [`依頼業務: ${label}`, list('request_tasks', { ...year, ...filter }, sort, range)];

/** Every list query the request-task and audit screens can issue, with ids of the scaled database. */
export const uiQueries = (ids: { department: number; user: number; session: number; task: number }): Query[] => [
  tasks('既定 (年度・業務コード順)', {}),
  ...['fiscal_year', ...taskSorts].map((c) => tasks(`${c} 順`, {}, [c, 'ASC'])),
  tasks('件名 降順', {}, ['title', 'DESC']),
  tasks('深いページ (件名順 50,000件目)', {}, ['title', 'ASC'], [50_000, 50_024]),
  tasks('深いページ (年間負担時間 降順 90,000件目)', {}, ['annual_burden_hours', 'DESC'], [90_000, 90_024]),
  tasks('対象', { target_scope: 'center' }),
  tasks('状態 2つ', { status: ['surveying', 'pt_review'] }),
  tasks('分類', { category: ['fundraising'] }),
  tasks('分類 + 件名順', { category: 'meeting' }, ['title', 'ASC']),
  tasks('決定', { decision: ['abolish', 'digitize'] }),
  tasks('根拠', { basis_type: 'ordinance' }),
  tasks('報酬', { compensation_type: 'honorarium' }),
  tasks('手段', { channel: ['paper'] }),
  tasks('実施月', { months: [8] }),
  tasks('課題タグ', { issue_tags: ['paper_heavy'] }),
  tasks('依頼元の課', { requesting_department_id: [ids.department] }),
  tasks('担当者', { owner_user_id: ids.user }),
  tasks('PT会議', { pt_session_id: ids.session }),
  tasks('年間負担時間 ≥ 500', { annual_burden_hours_gte: 500 }),
  tasks('削減見込み ≥ 100', { hours_saved_est_gte: 100 }),
  tasks('期限切れ', { next_action_due_lt: '2026-12-01' }),
  tasks('施行時期 (期間)', { effective_from_gte: '2027-04-01', effective_from_lte: '2028-03-31' }),
  tasks('次の対応期限 (期間)', { next_action_due_gte: '2026-10-01', next_action_due_lte: '2026-12-31' }),
  tasks('施行日以降', { effective_from_gt: '2027-01-01' }),
  ...['紙', '会議', '募金', '防災', '赤い羽根', '市民センター', 'ベンチマーク', '広報課', '募金 配布'].map((q) => tasks(`検索 ${q} (${q.length}字)`, { q })),
  ['参照: 課の一覧 (入力候補 100件)', list('departments', {}, ['sort_order', 'ASC'], [0, 99])],
  ['参照: 課 25件 (getMany)', `/api/departments?filter=${encodeURIComponent(JSON.stringify({ id: Array.from({ length: 25 }, (_, i) => ids.department + i) }))}`],
  ['参照: 利用者 (getMany)', `/api/users?filter=${encodeURIComponent(JSON.stringify({ id: [ids.user] }))}`],
  ['操作履歴: 既定 (新しい順 50件)', list('audit_events', {}, ['id', 'DESC'], [0, 49])],
  ...['created_at', 'actor', 'action', 'resource', 'record_id', 'ip'].map((c): Query => [`操作履歴: ${c} 順`, list('audit_events', {}, [c, 'ASC'], [0, 49])]),
  ['操作履歴: 深いページ (500,000件目)', list('audit_events', {}, ['id', 'DESC'], [500_000, 500_049])],
  ['操作履歴: 操作で絞り込み', list('audit_events', { action: 'delete' }, ['id', 'DESC'], [0, 49])],
  ['操作履歴: 対象で絞り込み', list('audit_events', { resource: 'request_tasks' }, ['id', 'DESC'], [0, 49])],
  ['操作履歴: 操作者で絞り込み', list('audit_events', { actor: '事務局' }, ['id', 'DESC'], [0, 49])],
  ['操作履歴: 1件の変更履歴', list('audit_events', { resource: 'request_tasks', record_id: ids.task }, ['id', 'DESC'], [0, 99])],
];
