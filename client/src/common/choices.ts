import { columnsOf } from '../../../db/columns';
import { resources, type ResourceName } from '../../../db/schema';

type Choice = { id: string | number; name: string };
const choices = new Map<string, Choice[]>();

export const choicesFor = (resource: string, field: string): Choice[] => {
  const key = `${resource}.${field}`;
  let list = choices.get(key);
  if (!list) {
    const definition = resources.find((r) => r.name === resource);
    const column = definition && columnsOf(definition).find((c) => c.name === field);
    if (!column?.choices) throw new Error(`${resource}.${field} has no choices`);
    list = column.choices.map((id) => ({ id, name: `resources.${resource}.choices.${field}.${id}` }));
    choices.set(key, list);
  }
  return list;
};

export const departmentOrder = { field: 'sort_order', order: 'ASC' } as const;

export const resourceNamed = (name: ResourceName | string) => {
  const definition = resources.find((r) => r.name === name);
  if (!definition) throw new Error(`unknown resource ${name}`);
  return definition;
};
