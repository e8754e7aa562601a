import type { Knex } from 'knex';
import { practiceCaseTransitions } from '../schema';
import { insertAll } from './insert';
import type { PracticeCase } from './practice';
import { addDays } from './random';

const mainLine = ['candidate', 'interviewing', 'review', 'published', 'scaling', 'funded'];
const notes: Record<string, string> = {
  interviewing: 'サンプルデータ。館長への聞き取りを始めた。',
  published: 'サンプルデータ。掲載審査を経て公開。',
  archived: 'サンプルデータ。活動休止のため非公開。',
};

const pathOf = (status: string) => (status === 'archived' ? ['candidate', 'archived'] : mainLine.slice(0, mainLine.indexOf(status) + 1));

/** The moves that brought each seeded case to its state, 20 days apart from 1 May 2026. */
export async function seedPracticeHistory(trx: Knex.Transaction, cases: PracticeCase[], secretariat: { id: number; display_name: string }) {
  const rows = cases.flatMap((c, n) => pathOf(c.status).slice(1).map((to, i, path) => ({
    practice_case_id: c.id,
    from_status: (i === 0 ? 'candidate' : path[i - 1]) as never,
    to_status: to as never,
    note: notes[to] ?? null,
    user_id: secretariat.id,
    actor: secretariat.display_name,
    at: `${addDays('2026-05-01', i * 20 + (n % 10))}T01:00:00.000Z`,
  }))).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await insertAll(trx, practiceCaseTransitions, rows.map(({ at: _, ...row }) => row), (i) => rows[i].at);
}
