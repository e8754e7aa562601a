import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import {
  AutocompleteInput, Button, Form, ReferenceInput, SelectInput, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll,
  useUpdateMany,
} from 'react-admin';
import { Failures } from '../../workflow/Failures';

export const BulkAssignButton = () => {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('request_tasks');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [updateMany, { isPending }] = useUpdateMany();
  const submit = async (values: Record<string, unknown>) => {
    const data = Object.fromEntries(['owner_user_id', 'pt_session_id'].filter((f) => values[f] != null).map((f) => [f, values[f]]));
    if (!Object.keys(data).length) return setError(translate('app.assign.nothing'));
    await updateMany('request_tasks', { ids: selectedIds, data }, {
      mutationMode: 'pessimistic',
      onSuccess: () => {
        setOpen(false);
        notify('app.assign.done', { type: 'success', messageArgs: { smart_count: selectedIds.length } });
        unselectAll();
        refresh();
      },
      onError: (e) => setError((e as Error).message),
    });
  };
  return (
    <>
      <Button label="app.assign.button" onClick={() => { setError(null); setOpen(true); }}><AssignmentIndIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} noValidate>
          <DialogTitle>{translate('app.assign.title')}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.assign.confirm', { smart_count: selectedIds.length })}</Typography>
            {error && <Failures message={error} failures={[]} />}
            <ReferenceInput source="owner_user_id" reference="users" filter={{ role: ['secretariat', 'admin'] }}>
              <AutocompleteInput />
            </ReferenceInput>
            <ReferenceInput source="pt_session_id" reference="pt_sessions" sort={{ field: 'held_on', order: 'DESC' }}>
              <SelectInput />
            </ReferenceInput>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={isPending}>{translate('app.assign.submit')}</MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
