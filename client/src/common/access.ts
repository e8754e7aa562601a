import { useGetIdentity, useResourceContext } from 'react-admin';
import { canRead, canRestore, canWrite, grantFor, type Actor } from '../../../db/policy';

export const useActor = (): Actor | undefined => useGetIdentity().identity?.actor;

export const useFieldAccess = (resourceName?: string) => {
  const actor = useActor();
  const resource = useResourceContext({ resource: resourceName })!;
  return {
    readable: (field: string) => !!actor && canRead(actor, resource, field),
    writable: (field: string) => !!actor && canWrite(actor, resource, field),
    restorable: !!actor && canRestore(actor),
    limited: !!actor && !!grantFor(actor, resource)?.writable,
  };
};
