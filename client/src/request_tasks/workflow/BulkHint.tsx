import { Alert, Typography } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { stateErrors } from '../../../../db/workflow';
import type { Target } from './moves';

/** What a bulk move does with empty inputs, and which selected tasks still lack what the new state needs. */
export const BulkHint = ({ target, records }: { target: Target; records: RaRecord[] }) => {
  const translate = useTranslate();
  const lacking = (field: string) => records.filter((r) => field in stateErrors({ ...r, status: target.to }));
  const missing = target.fields.map((f) => [f, lacking(f)] as const).filter(([, tasks]) => tasks.length);
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <Typography variant="body2">{translate('app.workflow.bulk_keep')}</Typography>
      {missing.map(([field, tasks]) => (
        <Typography variant="body2" key={field}>
          {translate('app.workflow.bulk_missing', {
            field: translate(`resources.request_tasks.fields.${field}`),
            tasks: tasks.map((t) => t.task_code).join('、'),
          })}
        </Typography>
      ))}
    </Alert>
  );
};
