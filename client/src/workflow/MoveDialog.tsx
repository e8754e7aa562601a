import { useState, type KeyboardEvent } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { useFieldAccess } from '../common/access';
import { BulkHint } from './BulkHint';
import { Failures } from './Failures';
import { MoveInputs } from './MoveInputs';
import type { Failure } from './api';
import { useNoun, type Target } from './moves';

export type Outcome = void | { message: string; errors?: Record<string, string>; failures?: Failure[] };

type Props = {
  target: Target;
  record?: RaRecord;
  records?: RaRecord[];
  onSubmit: (values: Record<string, unknown>) => Promise<Outcome>;
  onClose: () => void;
};

export const ignoreComposingEnter = (event: KeyboardEvent) => {
  if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) event.preventDefault();
};

const blank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && !value.length);

/** One record: its inputs start from its values. Several: only what the person filled in is sent. */
const changesOf = (fields: string[], values: Record<string, unknown>, single: boolean) =>
  Object.fromEntries(fields.filter((f) => f in values && (single || !blank(values[f]))).map((f) => [f, values[f] ?? null]));

export const MoveDialog = ({ target, record, records, onSubmit, onClose }: Props) => {
  const translate = useTranslate();
  const [problem, setProblem] = useState<Outcome>();
  const resource = useResourceContext()!;
  const { writable } = useFieldAccess(resource);
  const state = translate(`resources.${resource}.choices.status.${target.to}`);
  const noun = useNoun(resource);
  const submit = async (values: Record<string, unknown>) => {
    const changes = changesOf(target.fields.filter(writable), values, !records);
    const outcome = await onSubmit({ ...changes, note: values.note || null });
    setProblem(outcome);
    return outcome?.errors;
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <Form record={record} onSubmit={submit} noValidate>
        <DialogTitle>{translate('app.workflow.dialog_title', { state })}</DialogTitle>
        <DialogContent onKeyDown={ignoreComposingEnter}>
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.workflow.confirm', { smart_count: records?.length ?? 1, state, noun })}</Typography>
          {records && <BulkHint target={target} records={records} />}
          {problem ? <Failures message={problem.message} failures={problem.failures ?? []} /> : null}
          <MoveInputs target={target} bulk={!!records} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton type="submit" variant="contained">{translate('app.workflow.submit', { state })}</MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
