/**
 * `expect(actual).toEqual(expected)`, asked first of Node's deep equality:
 * vitest's toEqual walks a large tree (a Markdown body, a whole model) a
 * hundred times slower. Where Node's stricter comparison finds them equal,
 * toEqual would too; where it does not, toEqual decides and shows the
 * difference, so the assertion is the same one.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

export function expectSame(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}
