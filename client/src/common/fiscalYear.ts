import { fiscalYearLabel } from '../../../db/labels/fiscalYear';

export { fiscalYearLabel, reiwa } from '../../../db/labels/fiscalYear';

const pad = (n: number) => String(n).padStart(2, '0');

export const todayIso = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export const thisFiscalYear = (d = new Date()) => (d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1);

export const fiscalYearChoices = (from = 2024, to = 2028) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, name: fiscalYearLabel(from + i) }));

export const fiscalYearDefaults = () => ({ fiscal_year: thisFiscalYear() });

export type Period = { id: string; fiscalYear: number; quarter?: number; from: string; to: string };

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const quarterRange = (fiscalYear: number, quarter: number): Period => {
  const first = 4 + (quarter - 1) * 3;
  const year = first > 12 ? fiscalYear + 1 : fiscalYear;
  const month = ((first - 1) % 12) + 1;
  return {
    id: `${fiscalYear}-Q${quarter}`, fiscalYear, quarter,
    from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month + 2)}-${lastDay(year, month + 2)}`,
  };
};

export const fiscalYearRange = (fiscalYear: number): Period =>
  ({ id: String(fiscalYear), fiscalYear, from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` });

export const periodLabel = ({ fiscalYear, quarter }: Period) =>
  quarter ? `${fiscalYearLabel(fiscalYear)} 第${quarter}四半期` : fiscalYearLabel(fiscalYear);

export const periods = (from = 2025, to = 2028) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
  .flatMap((fy) => [fiscalYearRange(fy), ...[1, 2, 3, 4].map((q) => quarterRange(fy, q))]);

export const periodOf = (from: unknown, to: unknown) => periods().find((p) => p.from === from && p.to === to);
