import { useState, type MouseEvent } from 'react';
import { Menu, MenuItem } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Button, useListContext, useNotify, useRefresh, useResourceContext, useTranslate, useUnselectAll } from 'react-admin';
import { useActor } from '../common/access';
import { moveRecords, problemOf } from './api';
import { MoveDialog } from './MoveDialog';
import { targetsFor, useNoun, useWorkflow, type Target } from './moves';

export const BulkMoveButton = () => {
  const { selectedIds, data = [] } = useListContext();
  const actor = useActor();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const resource = useResourceContext()!;
  const workflow = useWorkflow(resource);
  const noun = useNoun(resource);
  const unselectAll = useUnselectAll(resource);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  if (!actor) return null;
  const selected = data.filter((t) => selectedIds.includes(t.id));
  const targets = targetsFor(workflow, selected, actor.role);
  const submit = async (values: Record<string, unknown>) => {
    try {
      await moveRecords(resource, selectedIds, { ...values, to: target!.to });
    } catch (error) {
      return problemOf(error);
    }
    setTarget(null);
    notify('app.workflow.moved_many', { type: 'success', messageArgs: { smart_count: selectedIds.length, noun } });
    unselectAll();
    refresh();
  };
  const status = (to: string) => translate(`resources.${resource}.choices.status.${to}`);
  return (
    <>
      <Button label="app.workflow.bulk" disabled={!targets.length} onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}>
        <SwapHorizIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {targets.map((t) => (
          <MenuItem key={t.to} onClick={() => { setAnchor(null); setTarget(t); }}>
            {translate('app.workflow.bulk_to', { state: status(t.to) })}
          </MenuItem>
        ))}
      </Menu>
      {target && <MoveDialog target={target} records={selected} onSubmit={submit} onClose={() => setTarget(null)} />}
    </>
  );
};
