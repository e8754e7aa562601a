import { useMemo } from 'react';
import {
  Link, RecordContextProvider, ResourceContextProvider, useCanAccess, useCreatePath, useGetMany, useGetRecordRepresentation, useListContext,
  useRecordContext, type Identifier,
} from 'react-admin';

type Props = { source: string; reference: string; link?: false | 'show' | 'edit' };

/**
 * The referenced record's name in a list cell. Every cell of a column asks for the same ids, those of the page, so a
 * page costs one request and one query, not a ReferenceField (query, loading timer, contexts) per row.
 */
export const ReferenceName = ({ source, reference, link = false }: Props) => {
  const record = useRecordContext();
  const { data: rows } = useListContext();
  const ids = useMemo(() => [...new Set((rows ?? []).map((r) => r[source] as Identifier).filter((id) => id != null))], [rows, source]);
  const { data } = useGetMany(reference, { ids }, { enabled: ids.length > 0 });
  const { canAccess } = useCanAccess({ resource: reference, action: link || 'show', enabled: !!link });
  const represent = useGetRecordRepresentation(reference);
  const createPath = useCreatePath();
  const target = data?.find((r) => r.id === record?.[source]);
  if (!target) return null;
  const name = (
    <ResourceContextProvider value={reference}>
      <RecordContextProvider value={target}>{represent(target)}</RecordContextProvider>
    </ResourceContextProvider>
  );
  if (!link || !canAccess) return name;
  return <Link to={createPath({ resource: reference, id: target.id, type: link })} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>{name}</Link>;
};
