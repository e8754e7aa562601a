import { Typography } from '@mui/material';
import { Labeled, useListContext } from 'react-admin';

const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });

export const WesternRatio = () => {
  const { data = [] } = useListContext<{ id: number; western_count: number; squat_count: number }>();
  const western = data.reduce((sum, r) => sum + r.western_count, 0);
  const total = data.reduce((sum, r) => sum + r.western_count + r.squat_count, 0);
  if (!total) return null;
  return (
    <Labeled label="resources.citizen_centers.fields.western_ratio" sx={{ mt: 1 }}>
      <Typography variant="body2">{percent.format(western / total)}</Typography>
    </Labeled>
  );
};
