import { useState } from 'react';
import { Stack } from '@mui/material';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { can } from '../../../../db/policy';
import { useActor } from '../../common/access';
import { moveTask, problemOf } from './api';
import { MoveDialog, type Outcome } from './MoveDialog';
import { targetsFor, type Target } from './moves';

export const useMoveLabel = () => {
  const translate = useTranslate();
  return (target: Target) => translate(`app.workflow.moves.${target.name}`, {
    state: translate(`resources.request_tasks.choices.status.${target.to}`),
  });
};

export const MoveButtons = () => {
  const record = useRecordContext();
  const actor = useActor();
  const notify = useNotify();
  const refresh = useRefresh();
  const label = useMoveLabel();
  const [target, setTarget] = useState<Target | null>(null);
  if (!record || !actor || !can(actor, 'request_tasks', 'read', record)) return null;
  const submit = async (values: Record<string, unknown>): Promise<Outcome> => {
    try {
      await moveTask(record.id, { ...values, to: target!.to, version: record.version });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409) {
        notify(problem.message, { type: 'error', autoHideDuration: null, action: <Button label="app.conflict.reload" onClick={refresh} /> });
        setTarget(null);
      }
      return problem;
    }
    setTarget(null);
    notify('app.workflow.moved', { type: 'success', messageArgs: { task: record.task_code } });
    refresh();
  };
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {targetsFor([record as never], actor.role).map((t) => (
        <Button key={t.to} variant="outlined" label={label(t)} onClick={() => setTarget(t)} />
      ))}
      {target && <MoveDialog target={target} record={record} onSubmit={submit} onClose={() => setTarget(null)} />}
    </Stack>
  );
};
