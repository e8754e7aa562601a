import { z } from 'zod';
import { criteria, date, errorIf, fiscalYear, id, int, note, notBefore, one, optId, optInt, optOne, resource, set, text, transitionsOf } from './fields';
import { enums } from '../enums';
import { c1RoundWorkflow } from '../workflows/c1Rounds';

export const c1Editions = resource({
  name: 'c1_editions',
  fields: z.object({
    edition_no: int(1, 999),
    fiscal_year: fiscalYear(),
    name: text(80),
    entry_open: date(),
    entry_close: date(),
    screening_date: date(),
    final_date: date(),
    finalist_quota: optInt(1, 99),
    prize_note: note(400),
    criteria: criteria().default([]),
    tie_break: one(enums.tie_break).default('criteria_order'),
  }),
  unique: [['edition_no']],
  search: ['name'],
  title: ['name'],
  check: (r) => notBefore({}, r, 'entry_open', 'entry_close'),
});

export const c1Entries = resource({
  name: 'c1_entries',
  fields: z.object({
    edition_id: id(),
    entry_no: int(1, 9999),
    citizen_center_id: id(),
    presenter_role: one(enums.presenter_role),
    title: text(120),
    themes: set(enums.theme),
    local_issue: note(),
    proposal: note(),
    plan: note(),
    budget_requested: optInt(),
    expected_outcomes: note(),
    submitted_on: date(),
    status: one(enums.entry_status).default('draft'),
    award: optOne(enums.award),
    prize_amount: optInt(),
    audience_votes: optInt(0, 1_000_000),
    practice_case_id: optId(),
  }),
  references: { edition_id: 'c1_editions', citizen_center_id: 'citizen_centers', practice_case_id: 'practice_cases' },
  unique: [['edition_id', 'entry_no']],
  search: ['title', 'local_issue', 'proposal', 'themes', 'citizen_center_id'],
  title: ['entry_no', 'title'],
  attachments: true,
  check: (r) => errorIf(r.award && !['awarded', 'implementing', 'reported'].includes(r.status), 'award', '賞は受賞した応募にだけ設定できます'),
});

export const c1Judges = resource({
  name: 'c1_judges',
  fields: z.object({
    edition_id: id(),
    display_name: text(60),
    kind: one(enums.judge_kind),
    rounds: set(enums.round_kind),
    user_id: optId(),
  }),
  references: { edition_id: 'c1_editions', user_id: 'users' },
  unique: [['edition_id', 'display_name']],
  search: ['display_name'],
  title: ['display_name'],
});

export const c1JudgeTies = resource({
  name: 'c1_judge_ties',
  fields: z.object({ judge_id: id(), citizen_center_id: id(), reason: one(enums.tie_reason), note: note(400) }),
  references: { judge_id: 'c1_judges', citizen_center_id: 'citizen_centers' },
  unique: [['judge_id', 'citizen_center_id']],
});

export const c1Rounds = resource({
  name: 'c1_rounds',
  fields: z.object({
    edition_id: id(),
    kind: one(enums.round_kind),
    held_on: date(),
    criteria: criteria().nullable().default(null),
    status: one(enums.round_status).default('preparing'),
  }),
  references: { edition_id: 'c1_editions' },
  unique: [['edition_id', 'kind']],
  title: ['edition_id', 'kind'],
  managed: ['status'],
  workflow: c1RoundWorkflow,
});

/** One judge's scores of one entry in one round: criterion name → 1..5, written only through the sheet route. */
export const c1ScoreSheets = resource({
  name: 'c1_score_sheets',
  fields: z.object({
    round_id: id(),
    judge_id: id(),
    entry_id: id(),
    scores: z.record(z.string().max(40), z.int().min(1).max(5)),
    comment: note(1000),
  }),
  references: { round_id: 'c1_rounds', judge_id: 'c1_judges', entry_id: 'c1_entries' },
  unique: [['round_id', 'judge_id', 'entry_id']],
  readOnly: true,
});

export const c1RoundTransitions = transitionsOf('c1_round_transitions', 'c1_rounds', 'c1_round_id', enums.round_status);
