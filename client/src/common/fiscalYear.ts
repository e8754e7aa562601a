export const reiwa = (fiscalYear: number) => fiscalYear - 2018;

export const fiscalYearLabel = (fiscalYear: number) => `令和${reiwa(fiscalYear)}年度`;

export const fiscalYearChoices = (from = 2024, to = 2028) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, name: fiscalYearLabel(from + i) }));
