import { columnsOf, systemColumns } from '../../../db/columns';
import { resourceNamed } from '../common/choices';

export const exportableFields = (resource: string) => {
  const definition = resourceNamed(resource);
  return new Set<string>([...systemColumns, ...columnsOf(definition).map((c) => c.name)]);
};

export const visibleColumns = (from: Element | null, resource: string) => {
  const allowed = exportableFields(resource);
  const headers = from?.closest('.list-page')?.querySelectorAll('thead th') ?? [];
  const fields = [...headers].map((th) => /(?:^|\s)column-(\S+)/.exec(th.className)?.[1]).filter((f): f is string => !!f && allowed.has(f));
  return fields.length ? [...new Set(fields)] : undefined;
};
