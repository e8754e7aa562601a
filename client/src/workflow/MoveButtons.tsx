import { useState } from 'react';
import { Stack } from '@mui/material';
import { Button, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import { can } from '../../../db/policy';
import { useActor } from '../common/access';
import { moveRecord, problemOf } from './api';
import { MoveDialog, type Outcome } from './MoveDialog';
import { labelOf, targetsFor, useWorkflow, type Target } from './moves';

export const useMoveLabel = (resource: string) => {
  const translate = useTranslate();
  return (target: Target) => {
    const state = translate(`resources.${resource}.choices.status.${target.to}`);
    return translate(`app.workflow.moves.${target.name}`, { state, _: translate('app.workflow.move_to', { state }) });
  };
};

/** The moves the signed-in person may make from the record's state, each opening its dialog. */
export const MoveButtons = () => {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const workflow = useWorkflow(resource);
  const actor = useActor();
  const notify = useNotify();
  const refresh = useRefresh();
  const label = useMoveLabel(resource);
  const [target, setTarget] = useState<Target | null>(null);
  if (!record || !actor || !can(actor, resource, 'read', record)) return null;
  const submit = async (values: Record<string, unknown>): Promise<Outcome> => {
    try {
      await moveRecord(resource, record.id, { ...values, to: target!.to, version: record.version });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409) {
        notify(problem.message, { type: 'error', autoHideDuration: null, action: <Button label="app.conflict.reload" onClick={refresh} /> });
        setTarget(null);
      }
      return problem;
    }
    setTarget(null);
    notify('app.workflow.moved', { type: 'success', messageArgs: { task: labelOf(resource, record) } });
    refresh();
  };
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {targetsFor(workflow, [record as never], actor.role).map((t) => (
        <Button key={t.to} variant="outlined" label={label(t)} onClick={() => setTarget(t)} />
      ))}
      {target && <MoveDialog target={target} record={record} onSubmit={submit} onClose={() => setTarget(null)} />}
    </Stack>
  );
};
