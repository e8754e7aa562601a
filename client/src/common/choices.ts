import { columnsOf } from '../../../db/columns';
import { resources, type ResourceName } from '../../../db/schema';
import { remember } from './remember';

export const choicesFor = remember((resource: string, field: string) => `${resource}.${field}`, (resource, field) => {
  const definition = resources.find((r) => r.name === resource);
  const column = definition && columnsOf(definition).find((c) => c.name === field);
  if (!column?.choices) throw new Error(`${resource}.${field} has no choices`);
  return column.choices.map((id) => ({ id, name: `resources.${resource}.choices.${field}.${id}` }));
});

export const departmentOrder = { field: 'sort_order', order: 'ASC' } as const;

export const resourceNamed = (name: ResourceName | string) => {
  const definition = resources.find((r) => r.name === name);
  if (!definition) throw new Error(`unknown resource ${name}`);
  return definition;
};
