import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { JaDateField } from '../common/fields';

export const PlannedPeriod = () => {
  const record = useRecordContext();
  if (!record?.planned_start && !record?.planned_end) return null;
  return (
    <Stack direction="row" sx={{ gap: 0.5, whiteSpace: 'nowrap' }}>
      <JaDateField source="planned_start" />
      <span>〜</span>
      <JaDateField source="planned_end" />
    </Stack>
  );
};
