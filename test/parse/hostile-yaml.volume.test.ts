/**
 * A large map is read in linear time: with a search per key (the simple
 * reader's keys.includes, the package's uniqueKeys, a find per key when
 * locating) 200,000 keys take minutes; read once with an index per map they
 * take a second or two. hostile-yaml.test.ts reads 20,000.
 */
import { describe, expect, it } from 'vitest';
import { readManyKeys } from './many-keys.js';

describe('large maps are read in linear time', () => {
  it('200,000 facts keys', { timeout: 60_000 }, () => {
    expect(readManyKeys(200_000)).toEqual({ diagnostics: [], keys: 200_000 });
  });
});
