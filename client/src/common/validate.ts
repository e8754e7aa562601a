import { validate } from '../../../db/validation';
import { columnsOf } from '../../../db/columns';
import { resourceNamed } from './choices';

export const validateFor = (name: string) => {
  const resource = resourceNamed(name);
  const fields = new Set(columnsOf(resource).map((c) => c.name));
  return (values: Record<string, unknown>) => {
    const input = Object.fromEntries(Object.entries(values).filter(([k]) => fields.has(k)));
    const result = validate(resource, input);
    return result.ok ? {} : result.errors;
  };
};
