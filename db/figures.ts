import { decidedStates } from './workflows/requestTasks';

type Filter = Record<string, unknown>;
type Count<K extends string> = Record<K, string> & { count: number };

export interface RequestTaskStats {
  today: string;
  total: number;
  annual_burden_hours_total: number;
  hours_saved_total: number;
  overdue: number;
  decided_not_in_force: number;
  by_scope: { target_scope: string; total: number; reviewed: number }[];
  by_status: Count<'status'>[];
  by_decision: (Count<'decision'> & { hours_saved: number })[];
  by_bureau: { bureau: string; department_ids: number[]; total: number; hours_saved: number; by_status: Record<string, number> }[];
}

export interface Figure {
  key: string;
  value: number;
  filter: Filter;
  hoursOf?: 'annual_burden_hours' | 'hours_saved_est';
}

export const figures = (s: RequestTaskStats, base: Filter): Figure[] => {
  const decided = { ...base, status: [...decidedStates] };
  return [
    { key: 'total', value: s.total, filter: base },
    { key: 'annual_burden_hours_total', value: s.annual_burden_hours_total, filter: base, hoursOf: 'annual_burden_hours' },
    { key: 'reviewed', value: s.by_scope.reduce((n, x) => n + x.reviewed, 0), filter: decided },
    { key: 'hours_saved_total', value: s.hours_saved_total, filter: decided, hoursOf: 'hours_saved_est' },
    { key: 'overdue', value: s.overdue, filter: { ...base, next_action_due_lt: s.today } },
    { key: 'decided_not_in_force', value: s.decided_not_in_force, filter: { ...decided, effective_from_gt: s.today } },
    ...s.by_scope.flatMap(({ target_scope, total, reviewed }) => [
      { key: `scope.${target_scope}.total`, value: total, filter: { ...base, target_scope } },
      { key: `scope.${target_scope}.reviewed`, value: reviewed, filter: { ...decided, target_scope } },
    ]),
    ...s.by_status.map(({ status, count }) => ({ key: `status.${status}`, value: count, filter: { ...base, status: [status] } })),
    ...s.by_decision.flatMap(({ decision, count, hours_saved }): Figure[] => [
      { key: `decision.${decision}`, value: count, filter: { ...decided, decision: [decision] } },
      { key: `decision.${decision}.hours`, value: hours_saved, filter: { ...decided, decision: [decision] }, hoursOf: 'hours_saved_est' },
    ]),
    ...s.by_bureau.flatMap((b): Figure[] => {
      const departments = { requesting_department_id: b.department_ids };
      return [
        { key: `bureau.${b.bureau}.total`, value: b.total, filter: { ...base, ...departments } },
        { key: `bureau.${b.bureau}.hours_saved`, value: b.hours_saved, filter: { ...decided, ...departments }, hoursOf: 'hours_saved_est' },
        ...Object.entries(b.by_status).map(([status, count]) => ({
          key: `bureau.${b.bureau}.status.${status}`, value: count, filter: { ...base, ...departments, status: [status] },
        })),
      ];
    }),
  ];
};

export const listLink = (filter: Filter) => `/request_tasks?filter=${encodeURIComponent(JSON.stringify(filter))}`;
