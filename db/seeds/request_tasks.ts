import type { Knex } from 'knex';
import type { z } from 'zod';
import { requestTasks } from '../schema';
import { wardList } from './data/departments';
import { categoryPhrases } from './data/review_texts';
import { centerTemplates, communityTemplates, type TaskTemplate } from './data/task_templates';
import { insertAll } from './insert';
import type { Masters } from './masters';
import { sessionFor, type PtSession } from './pt_sessions';
import { createRng, type Rng } from './random';
import { seedRequestHistory } from './request_history';
import { reviewFields, today } from './request_review';

type TaskInput = z.input<typeof requestTasks.fields>;
type Scope = 'community' | 'center';

const expected = { community: 144, center: 200 } as const;
const allMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const monthWeights = allMonths.map((m) => [m, [4, 5, 6, 10, 11, 12].includes(m) ? 3 : 1] as const);
const wrapMonth = (m: number) => ((m - 1) % 12) + 1;

const timesPerYear = (rng: Rng, frequency: TaskTemplate['frequency']) => ({
  annual: 1, semiannual: 2, quarterly: 4, monthly: 12, semimonthly: 24, weekly: 52,
  per_term: rng.chance(0.4) ? 0.5 : 0.33, adhoc: rng.int(1, 6),
})[frequency];

const monthsFor = (rng: Rng, t: TaskTemplate): number[] => {
  if (t.months) return t.months;
  const start = rng.pick([4, 5, 6]);
  switch (t.frequency) {
    case 'annual': case 'per_term': return [rng.weighted(monthWeights)];
    case 'semiannual': return [start, start + 6];
    case 'quarterly': return [0, 3, 6, 9].map((d) => wrapMonth(start + d));
    case 'adhoc': return rng.chance(0.5) ? [] : [...new Set([rng.weighted(monthWeights), rng.weighted(monthWeights)])];
    default: return allMonths;
  }
};

const hourChoices: Record<TaskTemplate['category'], number[]> = {
  distribution: [0.5, 1, 1.5, 2], nomination: [2, 3, 4, 6], meeting: [1.5, 2, 3], survey: [1, 2, 3, 4],
  fundraising: [3, 4, 6, 8], event_coop: [2, 3, 4, 6, 8], intake: [0.5, 1, 2], venue: [2, 3, 4, 8],
  maintenance: [0.5, 1, 2, 3], program: [2, 3, 4, 6], other: [1, 2, 3],
};

const basisWeights = {
  community: [['ordinance', 8], ['guideline', 32], ['contract', 5], ['custom', 55]],
  center: [['ordinance', 16], ['guideline', 32], ['contract', 24], ['custom', 28]],
} as const;

const compensationFor = (rng: Rng, basis: TaskTemplate['basis']) => {
  switch (basis) {
    case 'contract': return 'commission' as const;
    case 'custom': return rng.chance(0.85) ? 'none' as const : 'in_grant' as const;
    case 'law': return rng.chance(0.6) ? 'none' as const : 'commission' as const;
    case 'ordinance': return rng.chance(0.5) ? 'none' as const : 'in_grant' as const;
    default: return rng.weighted([['none', 4], ['honorarium', 2], ['in_grant', 4]] as const);
  }
};

const basisTextFor = (t: TaskTemplate, basis: NonNullable<TaskTemplate['basis']>, scope: Scope) => ({
  law: t.basisText ?? '関係法令に基づく事務',
  ordinance: scope === 'center' ? '北九州市立市民センター条例・同施行規則' : '関係する市の条例・規則',
  guideline: '所管課の事業実施要綱・要領',
  contract: scope === 'center' ? '市民センター管理運営業務委託契約書' : '地域団体との業務委託契約',
  custom: '明文の根拠なし（従前からの慣例）',
})[basis];

const when: Record<TaskTemplate['frequency'], string> = {
  adhoc: '必要に応じて', annual: '年1回', semiannual: '年2回', quarterly: '四半期ごとに', monthly: '毎月',
  semimonthly: '月2回', weekly: '毎週', per_term: '委員の改選時に',
};

const expand = (templates: TaskTemplate[]) => templates.flatMap((t) => t.dept === 'ward'
  ? wardList.map((w) => ({ t, title: `${t.title}（${w.name}）`, dept: `ward:${w.name}`, ward: w.name as string }))
  : [{ t, title: t.title, dept: t.dept as string, ward: null as string | null }]);

const channelFor = (rng: Rng, t: TaskTemplate) => t.category === 'meeting'
  ? rng.weighted([['in_person', 6], ['paper', 3], ['email', 1]] as const)
  : rng.weighted([['paper', 66], ['email', 14], ['e_form', 12], ['app', 3], ['in_person', 5]] as const);

const burdenFor = (rng: Rng, t: TaskTemplate, hoursPerUnit: number) => {
  const base = hoursPerUnit < 3 ? 1 : hoursPerUnit < 12 ? 2 : hoursPerUnit < 48 ? 3 : 4;
  const heavy = t.category === 'fundraising' || t.category === 'nomination' ? 1 : 0;
  return Math.min(5, base + heavy + rng.int(0, 1));
};

const buildTasks = (rng: Rng, scope: Scope, masters: Masters, sessions: PtSession[]): TaskInput[] => {
  const rows = expand(scope === 'community' ? communityTemplates : centerTemplates);
  if (rows.length !== expected[scope]) throw new Error(`${scope}: ${rows.length} task templates, expected ${expected[scope]}`);
  const centersIn = (ward: string) => masters.centers.filter((c) => c.ward === ward).length;
  return rows.map(({ t, title, dept, ward }, i) => {
    const basis = t.basis ?? rng.weighted(basisWeights[scope]);
    const times = timesPerYear(rng, t.frequency);
    const hours = rng.pick(hourChoices[t.category]);
    const units = scope === 'center'
      ? (ward ? centersIn(ward) : rng.chance(0.8) ? masters.centers.length : rng.int(40, 130))
      : ward ? rng.int(50, 400) : t.category === 'meeting' ? rng.int(50, 200) : rng.int(300, 2400);
    const task = {
      task_code: `${scope === 'community' ? 'C' : 'S'}-${String(i + 1).padStart(3, '0')}`,
      fiscal_year: 2026,
      target_scope: scope,
      title,
      description: `${masters.departmentNames.get(dept)}の依頼により、${scope === 'community' ? '自治会・町内会' : '市民センター'}が${when[t.frequency]}、${categoryPhrases[t.category]}`,
      requesting_department_id: masters.departmentIds.get(dept)!,
      category: t.category,
      basis_type: basis,
      basis_text: basisTextFor(t, basis, scope),
      compensation_type: compensationFor(rng, basis),
      frequency: t.frequency,
      times_per_year: times,
      months: monthsFor(rng, t),
      unit_count: units,
      hours_per_occurrence: hours,
      channel: channelFor(rng, t),
      burden_level: burdenFor(rng, t, times * hours),
      handles_personal_data: t.personal ?? false,
    };
    const review = reviewFields(rng, task, masters);
    return { ...task, ...review, pt_session_id: sessionFor(sessions, review, today) };
  });
};

export async function seedRequestTasks(trx: Knex.Transaction, masters: Masters, sessions: PtSession[]) {
  const rng = createRng(0x5eed0002);
  const tasks = [...buildTasks(rng, 'community', masters, sessions), ...buildTasks(rng, 'center', masters, sessions)];
  const ids = await insertAll(trx, requestTasks, tasks);
  await seedRequestHistory(trx, masters, tasks.map((task, i) => ({ ...task, id: ids[i] })));
  return ids;
}
