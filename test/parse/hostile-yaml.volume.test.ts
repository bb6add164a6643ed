/**
 * Hostile front matter at its largest: hostile-yaml.test.ts reads samples
 * of each (20,000 keys, 2,000 quoted keys, 5,000 nested brackets).
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/parse.js';
import { readManyKeys, readQuotedKeys } from './many-keys.js';

/**
 * A large map is read in linear time: with a search per key (the simple
 * reader's keys.includes, the package's uniqueKeys, a find per key when
 * locating) 200,000 keys take minutes; read once with an index per map they
 * take a second or two.
 */
describe('large maps are read in linear time', () => {
  it('200,000 facts keys', { timeout: 60_000 }, () => {
    expect(readManyKeys(200_000)).toEqual({ diagnostics: [], keys: 200_000 });
  });

  // 19,000: more lines are over the front matter's size (MAX_FRONT_MATTER_LINES), refused before they are read.
  it('19,000 quoted facts keys (the full road)', { timeout: 60_000 }, () => {
    expect(readQuotedKeys(19_000)).toEqual([['yaml-syntax', 19_005]]);
  });
});

describe('depth', () => {
  it('100,000 nested [: one yaml-too-deep error inside the front matter', { timeout: 60_000 }, () => {
    const text = `---\ntitle: Samling\ndate: 2026-03-01\nvenue: ${'['.repeat(100_000)}\n---\nTekst.\n`;
    const { diagnostics, gathering } = parseSource(text, 'x.md');
    expect(gathering).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([['yaml-too-deep', 4]]);
    expect(diagnostics[0].span!.start.column).toBeLessThanOrEqual(text.split('\n')[3].length + 1);
  });
});
