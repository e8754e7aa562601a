export const reiwa = (fiscalYear: number) => fiscalYear - 2018;

export const fiscalYearLabel = (fiscalYear: number) => `令和${reiwa(fiscalYear)}年度`;
