import { useCanAccess } from 'react-admin';
import { useActor, useFieldAccess } from '../common/access';
import { useBulkDelete } from '../common/list';
import { BulkAssignButton } from './workflow/BulkAssignButton';
import { BulkMoveButton } from '../workflow/BulkMoveButton';
import { canMove } from '../workflow/moves';

export const useBulkActions = () => {
  const actor = useActor();
  const { writable } = useFieldAccess('request_tasks');
  const { canAccess: canEdit } = useCanAccess({ action: 'edit', resource: 'request_tasks' });
  const remove = useBulkDelete();
  const mover = !!actor && canMove('request_tasks', actor.role);
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
