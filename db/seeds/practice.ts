import type { Knex } from 'knex';
import { practiceAdoptions, practiceCases } from '../schema';
import { caseTemplates, keyPoints, outcomePhrases, type CaseTemplate } from './data/practice_cases';
import { insertAll } from './insert';
import type { Center, Masters } from './masters';
import { createRng } from './random';

export interface PracticeCase {
  id: number;
  center: Center;
  template: CaseTemplate;
  status: CaseStatus;
}

type CaseStatus = 'candidate' | 'interviewing' | 'review' | 'published' | 'scaling' | 'funded' | 'archived';

const c1Statuses: CaseStatus[] = ['funded', 'scaling', 'published', 'scaling', 'published'];
const otherStatuses = ([['candidate', 6], ['interviewing', 5], ['review', 5], ['published', 9], ['scaling', 4], ['funded', 3], ['archived', 3]] as const)
  .flatMap(([status, n]) => Array<CaseStatus>(n).fill(status));
const sharedStatuses: CaseStatus[] = ['published', 'scaling', 'funded'];

export async function seedPractice(trx: Knex.Transaction, masters: Masters): Promise<PracticeCase[]> {
  const rng = createRng(0x5eed0004);
  const centers = rng.sample(masters.centers, caseTemplates.length);
  const pool = rng.shuffle(otherStatuses);
  let c1Index = 0;
  const cases = caseTemplates.map((t, i) => {
    const status = t.c1 ? c1Statuses[c1Index++] : pool.pop()!;
    const participants = rng.int(2, 80) * 10;
    const [main, second] = t.themes.map((theme) => rng.shuffle(keyPoints[theme]));
    const points = status === 'candidate' ? [] : [main[0], main[1], second ? second[0] : main[2]];
    return {
      status,
      record: {
        case_no: `P-2026-${String(i + 1).padStart(3, '0')}`,
        title: t.title,
        citizen_center_id: t.groupOnly ? null : centers[i].id,
        ward_id: masters.wardIds.get(centers[i].ward)!,
        lead_org_type: t.groupOnly ? rng.pick(['jichikai', 'machikyo'] as const) : rng.weighted([['center', 5], ['machikyo', 3], ['joint', 2], ['jichikai', 1]] as const),
        themes: t.themes,
        local_issue: t.issue,
        activities: t.activities,
        partners: t.partners,
        started_year: t.c1 ? rng.int(2023, 2025) : rng.int(2012, 2025),
        participants_per_year: participants,
        yearly_cost: rng.int(0, 30) * 10_000,
        outcomes: status === 'candidate' ? null : `年間約${participants}人が参加し、${outcomePhrases[t.themes[0]]}`,
        key_point_1: points[0] ?? null,
        key_point_2: points[1] ?? null,
        key_point_3: points[2] ?? null,
        transferability: status === 'candidate' ? null : rng.weighted([['high', 3], ['medium', 4], ['low', 1]] as const),
        found_via: t.c1 ? 'c1_entry' as const : rng.weighted([['director_report', 4], ['ward_recommendation', 3], ['city_newsletter', 2], ['survey', 2]] as const),
        status,
      },
    };
  });
  const ids = await insertAll(trx, practiceCases, cases.map((c) => c.record));

  const adoptions = cases.flatMap((c, i) => {
    if (!sharedStatuses.includes(c.status)) return [];
    const others = masters.centers.filter((center) => center.id !== centers[i].id);
    return rng.sample(others, c.status === 'published' ? rng.int(0, 1) : rng.int(2, 3)).map((center) => {
      const status = rng.weighted([['considering', 3], ['trial', 3], ['adopted', 4], ['dropped', 1]] as const);
      return {
        practice_case_id: ids[i],
        citizen_center_id: center.id,
        since: status === 'considering' ? null : rng.date('2025-06-01', '2026-11-20'),
        status,
        note: status === 'dropped' ? 'サンプルデータ。担い手が確保できず見送り。' : null,
      };
    });
  });
  await insertAll(trx, practiceAdoptions, adoptions);

  return caseTemplates.map((template, i) => ({ id: ids[i], center: centers[i], template, status: cases[i].status }));
}
