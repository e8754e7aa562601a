import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SheetEntry } from './types';

const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });

/** What a judge reads before scoring: title, centre, issue, proposal, plan, budget. */
export const EntryFacts = ({ entry }: { entry: SheetEntry }) => {
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.c1_entries.fields.${name}`);
  const text = (name: 'local_issue' | 'proposal' | 'plan') => entry[name] && (
    <div>
      <Typography variant="subtitle2" component="h3">{field(name)}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{entry[name]}</Typography>
    </div>
  );
  return (
    <Stack sx={{ gap: 1 }}>
      <Typography variant="h6" component="h2">{`No.${entry.entry_no} ${entry.title}`}</Typography>
      <Typography variant="body2">{`${translate('app.c1.center')}: ${entry.center_name}`}</Typography>
      {text('local_issue')}
      {text('proposal')}
      {text('plan')}
      {entry.budget_requested != null && (
        <Typography variant="body2">{`${translate('app.c1.budget')}: ${yen.format(entry.budget_requested)}`}</Typography>
      )}
    </Stack>
  );
};
