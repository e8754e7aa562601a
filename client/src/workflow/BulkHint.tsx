import { Alert, Typography } from '@mui/material';
import { useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { stateErrors } from '../../../db/workflow';
import { labelOf, useNoun, useWorkflow, type Target } from './moves';

/** What a bulk move does with empty inputs, and which selected records still lack what the new state needs. */
export const BulkHint = ({ target, records }: { target: Target; records: RaRecord[] }) => {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const workflow = useWorkflow(resource);
  const noun = useNoun(resource);
  const lacking = (field: string) => records.filter((r) => field in stateErrors(workflow, { ...r, status: target.to }));
  const missing = target.fields.map((f) => [f, lacking(f)] as const).filter(([, tasks]) => tasks.length);
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <Typography variant="body2">{translate('app.workflow.bulk_keep', { noun })}</Typography>
      {missing.map(([field, tasks]) => (
        <Typography variant="body2" key={field}>
          {translate('app.workflow.bulk_missing', {
            noun,
            field: translate(`resources.${resource}.fields.${field}`),
            tasks: tasks.map((t) => labelOf(resource, t)).join('、'),
          })}
        </Typography>
      ))}
    </Alert>
  );
};
