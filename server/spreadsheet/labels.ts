import { jaMessages } from '../../client/src/i18n/ja';
import { fiscalYearLabel } from '../../client/src/common/fiscalYear';
import { columnsOf, systemColumnDefs, type Column } from '../../db/columns';
import { resources, type Resource } from '../../db/schema';

type Labels = { name: string; fields: Record<string, string>; choices?: Record<string, Record<string, string>> };

const labelsOf = (resource: Resource) => (jaMessages.resources as Record<string, Labels>)[resource.name];

export const keyHeader = '照合キー';
export const yes = 'はい';
export const no = 'いいえ';
export const listSeparator = '、';

export const normalizeLabel = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export const resourceNamed = (name: string) => resources.find((r) => r.name === name) as Resource | undefined;

export const resourceLabel = (resource: Resource) => labelsOf(resource).name.split(' |||| ')[0];

export const headerOf = (resource: Resource, field: string) => labelsOf(resource).fields[field] ?? field;

export const choiceLabel = (resource: Resource, field: string, code: unknown) =>
  labelsOf(resource).choices?.[field]?.[String(code)] ?? String(code);

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
