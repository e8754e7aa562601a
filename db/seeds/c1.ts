import type { Knex } from 'knex';
import type { z } from 'zod';
import { c1Editions, c1Entries } from '../schema';
import { criteria, goals, prizeNote } from './data/c1_texts';
import { caseTemplates, type CaseTemplate } from './data/practice_cases';
import { insertAll } from './insert';
import type { Center, Masters } from './masters';
import type { PracticeCase } from './practice';
import { createRng, type Rng } from './random';

type EntryInput = z.input<typeof c1Entries.fields>;
type Finish = Pick<EntryInput, 'status' | 'award' | 'prize_amount'>;

const firstEdition = { entries: 51, open: '2025-06-02', close: '2025-08-29' };
const secondEdition = { open: '2026-10-01', close: '2027-01-29', submittedUntil: '2026-11-27' };
const c1Finishes: Finish[] = [
  { status: 'implementing', award: 'grand_prix', prize_amount: 100_000 },
  { status: 'awarded', award: 'runner_up' },
  { status: 'awarded', award: 'special_jury' },
  { status: 'awarded', award: 'audience' },
  { status: 'not_awarded' },
];
const otherFinalists: Finish[] = [{ status: 'not_awarded' }, { status: 'not_awarded' }];
const secondStatuses = [...Array(4).fill('draft'), ...Array(5).fill('received'), ...Array(3).fill('screening')] as EntryInput['status'][];

const placeOf = (center: Center) => center.name.replace(/市民(サブ)?センター$/, '');

const entryFor = (rng: Rng, center: Center, base: CaseTemplate, exact: boolean) => {
  const place = placeOf(center);
  const title = exact ? base.title : rng.chance(0.5) ? `${place}発！${base.title}` : `${base.title}〜${place}の挑戦〜`;
  const participants = rng.int(3, 40) * 10;
  return {
    citizen_center_id: center.id,
    presenter_role: rng.weighted([['director', 6], ['staff', 2], ['machikyo', 2], ['multiple', 1]] as const),
    title,
    themes: base.themes,
    local_issue: base.issue,
    proposal: base.activities,
    plan: `${rng.pick([4, 5, 6])}月から準備を始め、年${rng.int(4, 12)}回の活動を${center.name}を拠点に行う。`,
    budget_requested: rng.int(3, 10) * 10_000,
    expected_outcomes: `年間${participants}人の参加を目標に、${goals[base.themes[0]]}`,
  };
};

const numbered = (entries: (Omit<EntryInput, 'entry_no' | 'edition_id'> & { submitted_on: string | null })[], editionId: number) =>
  [...entries]
    .sort((a, b) => (a.submitted_on ?? '9999').localeCompare(b.submitted_on ?? '9999'))
    .map((e, i) => ({ ...e, edition_id: editionId, entry_no: i + 1 }));

export async function seedC1(trx: Knex.Transaction, masters: Masters, cases: PracticeCase[]) {
  const rng = createRng(0x5eed0005);
  const [first, second] = await insertAll(trx, c1Editions, [
    { edition_no: 1, fiscal_year: 2025, name: '第1回 C-1グランプリ', entry_open: firstEdition.open, entry_close: firstEdition.close,
      screening_date: '2025-10-10', final_date: '2026-01-24', finalist_quota: 7, prize_note: prizeNote, criteria },
    { edition_no: 2, fiscal_year: 2026, name: '第2回 C-1グランプリ', entry_open: secondEdition.open, entry_close: secondEdition.close,
      screening_date: '2027-02-19', final_date: '2027-03-20', finalist_quota: 7, prize_note: prizeNote, criteria },
  ]);

  const linked = cases.filter((c) => c.template.c1);
  const others = rng.sample(masters.centers.filter((c) => !linked.some((l) => l.center.id === c.id)), firstEdition.entries - linked.length);
  const finishes = [...c1Finishes, ...otherFinalists];
  const firstEntries = [
    ...linked.map((c) => ({ center: c.center, base: c.template, caseId: c.id as number | null })),
    ...others.map((center) => ({ center, base: rng.pick(caseTemplates.filter((t) => !t.c1)), caseId: null })),
  ].map(({ center, base, caseId }, i) => ({
    ...entryFor(rng, center, base, caseId !== null),
    submitted_on: rng.date(firstEdition.open, firstEdition.close),
    status: 'not_selected' as const,
    ...finishes[i],
    practice_case_id: caseId,
  }));

  const secondEntries = rng.sample(masters.centers, secondStatuses.length).map((center, i) => ({
    ...entryFor(rng, center, rng.pick(caseTemplates), false),
    submitted_on: secondStatuses[i] === 'draft' ? null : rng.date(secondEdition.open, secondEdition.submittedUntil),
    status: secondStatuses[i],
  }));

  await insertAll(trx, c1Entries, [...numbered(firstEntries, first), ...numbered(secondEntries, second)]);
}
