export type Counts = { western_count: number; squat_count: number };

const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });

export const westernRatio = (rows: Counts[]) => {
  const western = rows.reduce((sum, r) => sum + r.western_count, 0);
  const total = rows.reduce((sum, r) => sum + r.western_count + r.squat_count, 0);
  return total ? percent.format(western / total) : '';
};
