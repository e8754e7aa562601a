/** `make` runs once per key; later calls with the same key answer its first result. */
export const remember = <A extends unknown[], V>(keyOf: (...args: A) => string, make: (...args: A) => V) => {
  const made = new Map<string, V>();
  return (...args: A): V => {
    const key = keyOf(...args);
    if (!made.has(key)) made.set(key, make(...args));
    return made.get(key)!;
  };
};
