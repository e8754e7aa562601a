import { z } from 'zod';
import { resourceNamed } from './choices';

export const defaultsFor = (name: string): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(resourceNamed(name).fields.shape)
      .filter((entry): entry is [string, z.ZodDefault] => entry[1] instanceof z.ZodDefault)
      .map(([field, type]) => [field, type.def.defaultValue]),
  );
