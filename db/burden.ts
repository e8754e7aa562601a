type Load = { times_per_year: number | null; hours_per_occurrence: number | null; unit_count: number | null };
type Outcome = { decision: string | null; reduction_rate: number | null };

export const standardReductionRates: Record<string, number> = {
  abolish: 100, reduce: 50, simplify: 30, digitize: 40, merge: 50, shift: 80, continue: 0,
};
const fixedRates: Record<string, number> = { abolish: 100, continue: 0 };

const round1 = (n: number) => Math.round(n * 10) / 10;

export const annualBurdenHours = ({ times_per_year: t, hours_per_occurrence: h, unit_count: u }: Load) =>
  t == null || h == null || u == null ? null : round1(t * h * u);

export const effectiveReductionRate = ({ decision, reduction_rate }: Outcome) =>
  decision == null || !(decision in standardReductionRates) ? null
    : fixedRates[decision] ?? reduction_rate ?? standardReductionRates[decision];

export const hoursSaved = (task: Load & Outcome) => {
  const hours = annualBurdenHours(task);
  const rate = effectiveReductionRate(task);
  return hours == null || rate == null ? null : round1((hours * rate) / 100);
};
