import { useActor } from '../common/access';
import { useBulkDelete } from '../common/list';
import { BulkMoveButton } from '../workflow/BulkMoveButton';
import { canMove } from '../workflow/moves';

export const useBulkActions = () => {
  const actor = useActor();
  const remove = useBulkDelete();
  const mover = !!actor && canMove('toilet_work_orders', actor.role);
  if (!mover && !remove) return false;
  return (
    <>
      {mover && <BulkMoveButton />}
      {remove}
    </>
  );
};
