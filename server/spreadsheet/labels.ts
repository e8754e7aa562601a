import { columnsOf, systemColumnDefs, type Column } from '../../db/columns';
import { choiceLabel as labelOfChoice, fieldLabel, fiscalYearLabel, resourceName } from '../../db/labels';
import { resourceNamed, type Resource } from '../../db/schema';

export const keyHeader = '照合キー';
export const yes = 'はい';
export const no = 'いいえ';
export const listSeparator = '、';

export const normalizeLabel = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export { resourceNamed };

export const resourceLabel = (resource: Resource) => resourceName(resource.name);

export const headerOf = (resource: Resource, field: string) => fieldLabel(resource.name, field);

export const choiceLabel = (resource: Resource, field: string, code: unknown) => labelOfChoice(resource.name, field, code);

export const allColumns = (resource: Resource): Column[] => [...systemColumnDefs, ...columnsOf(resource)];

export const isSystem = (field: string) => systemColumnDefs.some((c) => c.name === field);

export const choiceIndex = (resource: Resource, column: Column) =>
  new Map((column.choices ?? []).flatMap((code) => [
    [normalizeLabel(String(code)), code],
    [normalizeLabel(choiceLabel(resource, column.name, code)), code],
  ]));

export const fiscalYearText = fiscalYearLabel;

export const parseFiscalYear = (text: string): number | undefined => {
  const reiwa = /^(?:令和|r)(元|\d{1,2})(?:年度?)?$/.exec(text);
  if (reiwa) return (reiwa[1] === '元' ? 1 : Number(reiwa[1])) + 2018;
  const western = /^(\d{4})(?:年度?)?$/.exec(text);
  return western ? Number(western[1]) : undefined;
};
