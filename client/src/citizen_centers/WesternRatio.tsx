import { Typography } from '@mui/material';
import { Labeled, useListContext, type RaRecord } from 'react-admin';
import { westernRatio, type Counts } from '../common/westernRatio';

export const WesternRatio = () => {
  const { data = [] } = useListContext<RaRecord & Counts>();
  const ratio = westernRatio(data);
  if (!ratio) return null;
  return (
    <Labeled label="resources.citizen_centers.fields.western_ratio" sx={{ mt: 1 }}>
      <Typography variant="body2">{ratio}</Typography>
    </Labeled>
  );
};
