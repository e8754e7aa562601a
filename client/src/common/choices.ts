import { columnsOf } from '../../../db/columns';
import { resources, type ResourceName } from '../../../db/schema';

export const choicesFor = (resource: string, field: string) => {
  const definition = resources.find((r) => r.name === resource);
  const column = definition && columnsOf(definition).find((c) => c.name === field);
  if (!column?.choices) throw new Error(`${resource}.${field} has no choices`);
  return column.choices.map((id) => ({ id, name: `resources.${resource}.choices.${field}.${id}` }));
};

export const departmentOrder = { field: 'sort_order', order: 'ASC' } as const;

export const resourceNamed = (name: ResourceName | string) => {
  const definition = resources.find((r) => r.name === name);
  if (!definition) throw new Error(`unknown resource ${name}`);
  return definition;
};
