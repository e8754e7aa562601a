import { useCanAccess } from 'react-admin';
import { moves } from '../../../db/workflow';
import { useActor, useFieldAccess } from '../common/access';
import { useBulkDelete } from '../common/list';
import { BulkAssignButton } from './workflow/BulkAssignButton';
import { BulkMoveButton } from './workflow/BulkMoveButton';

export const useBulkActions = () => {
  const actor = useActor();
  const { writable } = useFieldAccess('request_tasks');
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'request_tasks' });
  const remove = useBulkDelete();
  const mover = !!actor && moves.some((m) => m.roles.includes(actor.role));
  const assigner = !!canEdit && writable('owner_user_id') && writable('pt_session_id');
  if (!mover && !assigner && !remove) return false;
  return (
    <>
      {mover && <BulkMoveButton />}
      {assigner && <BulkAssignButton />}
      {remove}
    </>
  );
};
