import { useMemo, type ReactNode } from 'react';
import {
  Link, RecordContextProvider, ResourceContextProvider, useCanAccess, useCreatePath, useGetMany, useGetRecordRepresentation, useListContext,
  useRecordContext, type Identifier, type RaRecord,
} from 'react-admin';

type Props = { source: string; reference: string; link?: false | 'show' | 'edit' };

/**
 * The referenced record of a list cell. Every cell of a column asks for the same ids, those of the page, so a page
 * costs one request and one query, not a ReferenceField (query, loading timer, contexts) per row. Without a
 * placeholder read from the getOne cache: every cell would look up every id of its column.
 */
const useReferenced = (source: string, reference: string) => {
  const record = useRecordContext();
  const { data: rows } = useListContext();
  const ids = useMemo(() => [...new Set((rows ?? []).map((r) => r[source] as Identifier).filter((id) => id != null))], [rows, source]);
  const { data } = useGetMany(reference, { ids }, { enabled: ids.length > 0, placeholderData: undefined });
  return data?.find((r) => r.id === record?.[source]);
};

const Name = ({ reference, target }: { reference: string; target: RaRecord }) => {
  const name: ReactNode = useGetRecordRepresentation(reference)(target);
  if (typeof name === 'string') return name;
  return (
    <ResourceContextProvider value={reference}>
      <RecordContextProvider value={target}>{name}</RecordContextProvider>
    </ResourceContextProvider>
  );
};

const LinkedName = ({ reference, target, link }: { reference: string; target: RaRecord; link: 'show' | 'edit' }) => {
  const { canAccess } = useCanAccess({ resource: reference, action: link });
  const createPath = useCreatePath();
  const name = <Name reference={reference} target={target} />;
  if (!canAccess) return name;
  return <Link to={createPath({ resource: reference, id: target.id, type: link })} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>{name}</Link>;
};

export const ReferenceName = ({ source, reference, link = false }: Props) => {
  const target = useReferenced(source, reference);
  if (!target) return null;
  return link ? <LinkedName reference={reference} target={target} link={link} /> : <Name reference={reference} target={target} />;
};
