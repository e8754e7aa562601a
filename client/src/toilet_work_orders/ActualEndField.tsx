import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { JaDateField } from '../common/fields';

const dayMs = 24 * 60 * 60 * 1000;

type Dates = RaRecord & { planned_end?: string | null; actual_end?: string | null };

const delayDays = (record?: Dates) =>
  record?.planned_end && record.actual_end && record.actual_end > record.planned_end
    ? Math.round((Date.parse(record.actual_end) - Date.parse(record.planned_end)) / dayMs)
    : 0;

export const ActualEndField = ({ source }: { source: 'actual_end' }) => {
  const record = useRecordContext<Dates>();
  const translate = useTranslate();
  const days = delayDays(record);
  const delayed = translate('resources.toilet_work_orders.delayed', { smart_count: days });
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
      <JaDateField source={source} />
      {days > 0 && <Chip size="small" color="error" label={delayed} />}
    </Stack>
  );
};
