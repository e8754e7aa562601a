const pad = (n: number) => String(n).padStart(2, '0');

export const todayIso = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export const thisFiscalYear = (d = new Date()) => (d.getMonth() >= 3 ? d.getFullYear() : d.getFullYear() - 1);

export const reiwa = (fiscalYear: number) => fiscalYear - 2018;

export const fiscalYearLabel = (fiscalYear: number) => `令和${reiwa(fiscalYear)}年度`;

export const fiscalYearChoices = (from = 2024, to = 2028) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, name: fiscalYearLabel(from + i) }));

export const fiscalYearDefaults = () => ({ fiscal_year: thisFiscalYear() });
