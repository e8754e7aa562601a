import { useGetList, useGetMany, useLocation, type RaRecord } from 'react-admin';
import { sharedStates } from '../../../db/workflows/practiceCases';
import type { Attachment } from '../attachments/api';

/** The case ids of `/casebook?ids=3,5,8`, in that order. */
const idsOf = (search: string) =>
  (new URLSearchParams(search).get('ids') ?? '').split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0).slice(0, 100);

/** The selected published cases with their main photo (the first with alt text and consent), centre and ward. */
export const useCasebook = () => {
  const ids = idsOf(useLocation().search);
  const cases = useGetMany('practice_cases', { ids }, { enabled: ids.length > 0 });
  const shown = (cases.data ?? []).filter((c) => (sharedStates as readonly string[]).includes(c.status));
  const photos = useGetList<Attachment>('attachments', {
    filter: { resource: 'practice_cases', record_id: shown.map((c) => c.id), kind: 'photo', consent: true },
    sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 1000 },
  }, { enabled: shown.length > 0 });
  const centers = useGetMany('citizen_centers', { ids: [...new Set(shown.map((c) => c.citizen_center_id).filter(Boolean))] }, { enabled: shown.length > 0 });
  const wards = useGetMany('wards', { ids: [...new Set(shown.map((c) => c.ward_id).filter(Boolean))] }, { enabled: shown.length > 0 });
  const byId = (records: RaRecord[] | undefined, id: unknown) => records?.find((r) => r.id === id);
  return {
    isPending: ids.length > 0 && (cases.isPending || (shown.length > 0 && (photos.isPending || centers.isPending || wards.isPending))),
    left: (cases.data?.length ?? 0) - shown.length,
    pages: shown.map((c) => ({
      record: c,
      photo: photos.data?.find((p) => p.record_id === c.id && p.alt_text),
      center: byId(centers.data, c.citizen_center_id),
      ward: byId(wards.data, c.ward_id),
    })),
  };
};

export type CasebookPage = ReturnType<typeof useCasebook>['pages'][number];
