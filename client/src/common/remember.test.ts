import { describe, expect, it } from 'vitest';
import { remember } from './remember';

describe('remember', () => {
  it('makes a value once per key and answers the same one after', () => {
    const made: string[] = [];
    const upper = remember((a: string, b: string) => `${a}.${b}`, (a, b) => {
      made.push(`${a}.${b}`);
      return { text: `${a}${b}`.toUpperCase() };
    });
    const first = upper('x', 'y');
    expect(upper('x', 'y')).toBe(first);
    expect(upper('x', 'z')).toEqual({ text: 'XZ' });
    expect(made).toEqual(['x.y', 'x.z']);
  });

  it('keeps nothing when making fails, so the next call tries again', () => {
    let calls = 0;
    const flaky = remember((k: string) => k, () => {
      calls += 1;
      if (calls === 1) throw new Error('no');
      return calls;
    });
    expect(() => flaky('k')).toThrow('no');
    expect(flaky('k')).toBe(2);
  });
});
