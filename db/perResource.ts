import type { Resource } from './schema';

/** `make` worked out once per resource of the schema registry. */
export const perResource = <T>(make: (resource: Resource) => T) => {
  const made = new WeakMap<Resource, T>();
  return (resource: Resource): T => {
    if (!made.has(resource)) made.set(resource, make(resource));
    return made.get(resource)!;
  };
};
