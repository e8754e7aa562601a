/** A list page of the console with a filter, for figures that link to the records behind them. */
export const listOf = (resource: string, filter: Record<string, unknown> = {}) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

export const openStates = ['planned', 'hearing_done', 'designing', 'procuring', 'contracted', 'in_progress', 'inspected', 'on_hold'];

const yen = new Intl.NumberFormat('ja-JP');
export const formatYen = (n: number) => `¥${yen.format(n)}`;
export const formatThousandYen = (n: number) => `${yen.format(Math.round(n / 1000))}千円`;
export const formatPercent = (n: number | null) => (n == null ? '—' : `${n.toFixed(1)}%`);
