import type { enums } from '../schema';
import { decisionTexts, holdReasons } from './data/review_texts';
import type { Masters } from './masters';
import { addDays, type Rng } from './random';

type Of<K extends keyof typeof enums> = (typeof enums)[K][number];

interface TaskBasics {
  category: Of<'category'>;
  basis_type: Of<'basis_type'>;
  compensation_type: Of<'compensation_type'>;
  channel: Of<'channel'>;
  months: number[];
  times_per_year: number;
  hours_per_occurrence: number;
  unit_count: number;
}

const statusWeights = [
  ['not_started', 24], ['surveying', 20], ['surveyed', 13], ['drafting', 10], ['pt_review', 8],
  ['decided', 8], ['implementing', 6], ['implemented', 5], ['verified', 3], ['on_hold', 3],
] as const;
const analysed: Of<'task_status'>[] = ['surveyed', 'drafting', 'pt_review', 'decided', 'implementing', 'implemented', 'verified', 'on_hold'];
const decided: Of<'task_status'>[] = ['decided', 'implementing', 'implemented', 'verified'];
type Outcome = Exclude<Of<'decision'>, 'undecided'>;
const effectiveDates: Partial<Record<Of<'task_status'>, string[]>> = {
  decided: ['2026-12-01', '2027-01-01', '2027-04-01'],
  implementing: ['2026-10-01', '2026-11-01'],
  implemented: ['2026-07-01', '2026-08-01', '2026-09-01'],
  verified: ['2026-06-01', '2026-07-01'],
};
export const today = '2026-11-29';

const decisionFor = (rng: Rng, t: TaskBasics): Outcome => {
  if (t.basis_type === 'custom' && t.compensation_type === 'none') {
    return rng.weighted([['abolish', 45], ['shift', 15], ['reduce', 15], ['digitize', 10], ['simplify', 10], ['merge', 5]] as const);
  }
  if (t.basis_type === 'law') return rng.weighted([['continue', 40], ['simplify', 25], ['digitize', 25], ['reduce', 10]] as const);
  return rng.weighted([['abolish', 10], ['reduce', 20], ['simplify', 20], ['digitize', 25], ['merge', 10], ['shift', 5], ['continue', 10]] as const);
};

const issueTagsFor = (rng: Rng, t: TaskBasics) => {
  const tags: Of<'issue_tag'>[] = [];
  if (t.channel === 'paper' && rng.chance(0.7)) tags.push('paper_heavy');
  if (t.compensation_type === 'none' && (t.basis_type === 'custom' || rng.chance(0.4))) tags.push('unpaid');
  if (t.months.length <= 2 && t.months.some((m) => [4, 5, 6, 10, 11, 12].includes(m)) && rng.chance(0.4)) tags.push('peak_overlap');
  if (t.category === 'nomination' && rng.chance(0.6)) tags.push('ex_officio');
  if (t.category === 'fundraising' && rng.chance(0.7)) tags.push('not_city_work');
  if (t.category === 'meeting' && rng.chance(0.5)) tags.push('formality');
  if (rng.chance(0.08)) tags.push('duplicate');
  return tags;
};

const decidedByFor = (rng: Rng, decision: string) =>
  decision === 'abolish' ? rng.pick(['hq', 'pt'] as const)
    : decision === 'continue' ? rng.pick(['dept', 'pt'] as const)
      : rng.weighted([['pt', 6], ['dept', 4]] as const);

export const reviewFields = (rng: Rng, t: TaskBasics, masters: Masters) => {
  const status = rng.weighted(statusWeights);
  const secretariat = [masters.userIds.get('secretariat')!, masters.userIds.get('secretariat2')!];
  const owner = status === 'not_started' && rng.chance(0.3) ? null
    : rng.chance(0.9) ? rng.pick(secretariat) : masters.userIds.get('admin')!;
  const [holdReason, heldFrom] = status === 'on_hold' ? rng.pick(holdReasons) : [null, null];
  const base = {
    status,
    owner_user_id: owner,
    next_action_due: status === 'verified' ? null : rng.date('2026-10-15', '2027-03-31'),
    hold_reason: holdReason,
    held_from: heldFrom,
    issue_tags: analysed.includes(status) ? issueTagsFor(rng, t) : [],
  };
  const decision = decisionFor(rng, t);
  const texts = decisionTexts[decision];
  if (status === 'pt_review' || (status === 'drafting' && rng.chance(0.6))) return { ...base, proposal: rng.pick(texts.proposal) };
  if (heldFrom === 'drafting' || heldFrom === 'pt_review') return { ...base, proposal: texts.proposal[0] };
  if (!decided.includes(status)) return base;
  const effective = rng.pick(effectiveDates[status]!);
  const latest = addDays(effective, -14) < today ? addDays(effective, -14) : addDays(today, -2);
  return {
    ...base,
    decision,
    proposal: rng.pick(texts.proposal),
    rationale: rng.pick(texts.rationale),
    effective_from: effective,
    decided_on: rng.date(status === 'decided' ? '2026-09-01' : '2026-05-01', latest),
    decided_by: decidedByFor(rng, decision),
  };
};
