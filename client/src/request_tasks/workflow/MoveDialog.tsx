import { useState, type KeyboardEvent } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, ResourceContextProvider, useTranslate, type RaRecord } from 'react-admin';
import { useFieldAccess } from '../../common/access';
import { Failures } from './Failures';
import { MoveInputs } from './MoveInputs';
import type { Failure } from './api';
import type { Target } from './moves';

export type Outcome = void | { message: string; errors?: Record<string, string>; failures?: Failure[] };

type Props = {
  target: Target;
  record?: RaRecord;
  count?: number;
  onSubmit: (values: Record<string, unknown>) => Promise<Outcome>;
  onClose: () => void;
};

export const ignoreComposingEnter = (event: KeyboardEvent) => {
  if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) event.preventDefault();
};

export const MoveDialog = ({ target, record, count = 1, onSubmit, onClose }: Props) => {
  const translate = useTranslate();
  const [problem, setProblem] = useState<Outcome>();
  const { writable } = useFieldAccess('request_tasks');
  const state = translate(`resources.request_tasks.choices.status.${target.to}`);
  const submit = async (values: Record<string, unknown>) => {
    const changes = Object.fromEntries(target.fields.filter((f) => f in values && writable(f)).map((f) => [f, values[f] ?? null]));
    const outcome = await onSubmit({ ...changes, note: values.note || null });
    setProblem(outcome);
    return outcome?.errors;
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <ResourceContextProvider value="request_tasks">
        <Form record={record} onSubmit={submit} noValidate>
          <DialogTitle>{translate('app.workflow.dialog_title', { state })}</DialogTitle>
          <DialogContent onKeyDown={ignoreComposingEnter}>
            <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.workflow.confirm', { smart_count: count, state })}</Typography>
            {problem ? <Failures message={problem.message} failures={problem.failures ?? []} /> : null}
            <MoveInputs target={target} />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained">{translate('app.workflow.submit', { state })}</MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
