import { describe, expect, it } from 'vitest';
import { fiscalYearRange, periodLabel, periodOf, periods, quarterRange } from './fiscalYear';

describe('fiscal year and quarter ranges', () => {
  it('maps 令和8年度 第3四半期 to October–December 2026', () => {
    const q3 = quarterRange(2026, 3);
    expect([q3.from, q3.to, periodLabel(q3)]).toEqual(['2026-10-01', '2026-12-31', '令和8年度 第3四半期']);
  });

  it('puts the fourth quarter in the next calendar year, leap days included', () => {
    expect(quarterRange(2026, 4)).toMatchObject({ from: '2027-01-01', to: '2027-03-31' });
    expect(quarterRange(2027, 4)).toMatchObject({ from: '2028-01-01', to: '2028-03-31' });
    expect([1, 2].map((q) => [quarterRange(2026, q).from, quarterRange(2026, q).to])).toEqual([['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-09-30']]);
  });

  it('covers a fiscal year from April to March and finds a period from its bounds', () => {
    expect(fiscalYearRange(2026)).toMatchObject({ from: '2026-04-01', to: '2027-03-31' });
    expect(periodLabel(fiscalYearRange(2026))).toBe('令和8年度');
    expect(periodOf('2026-10-01', '2026-12-31')?.id).toBe('2026-Q3');
    expect(periodOf('2026-10-01', '2026-12-30')).toBeUndefined();
    expect(new Set(periods().map((p) => p.id)).size).toBe(periods().length);
  });
});
