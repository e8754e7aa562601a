import { resourceLabels } from './resources';

export { resourceLabels };
export { fiscalYearLabel, reiwa } from './fiscalYear';

type Labels = { name: string; noun?: string; fields: Record<string, string>; choices?: Record<string, Record<string, string>> };

const labelsOf = (resource: string) => (resourceLabels as Record<string, Labels | undefined>)[resource];

export const resourceName = (resource: string) => labelsOf(resource)?.name.split(' |||| ')[0] ?? resource;

/** What one record is called in a sentence: 「この業務は…」. */
export const recordNoun = (resource: string) => labelsOf(resource)?.noun ?? resourceName(resource);

export const fieldLabel = (resource: string, field: string) =>
  labelsOf(resource)?.fields[field] ?? labelsOf(resource)?.fields[field.split('.')[0]] ?? field;

export const choiceLabel = (resource: string, field: string, code: unknown) =>
  labelsOf(resource)?.choices?.[field]?.[String(code)] ?? String(code);

/** 「依頼業務名」、「業務内容」: fields named by their Japanese labels for a message. */
export const fieldNames = (resource: string, fields: readonly string[]) =>
  fields.map((f) => `「${fieldLabel(resource, f)}」`).join('、');

/** このデータを変更できるのは、「状態」が「未着手」か「所管課照会中」の間だけです */
export const editableWhileText = (resource: string, condition: Record<string, unknown>) => {
  const states = Object.entries(condition).map(([field, values]) =>
    `「${fieldLabel(resource, field)}」が${[values].flat().map((v) => `「${choiceLabel(resource, field, v)}」`).join('か')}`);
  return `このデータを変更できるのは、${states.join('で')}の間だけです`;
};
