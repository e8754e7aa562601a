const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });

export const westernRatio = ({ western_count, squat_count }: { western_count: number; squat_count: number }) => {
  const total = western_count + squat_count;
  return total ? percent.format(western_count / total) : '';
};
