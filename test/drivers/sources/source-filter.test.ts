/** The config's `sources` and `exclude` globs: a blank one is no pattern (it stopped every command with "internal error"). */
import { describe, expect, it } from 'vitest';
import { outputBase, sourceFilter } from '../../../src/drivers/sources/source-filter.js';

describe('blank globs in sources and exclude', () => {
  it('are left out: the others still choose, and alone they choose nothing away', () => {
    const keep = sourceFilter({ root: '/p', sources: ['', 'samlinger/*.md'], exclude: ['  '] }, '/p');
    expect(keep?.('/p/samlinger/a.md')).toBe(true);
    expect(keep?.('/p/utkast/b.md')).toBe(false);
    expect(sourceFilter({ root: '/p', sources: [''], exclude: [''] }, '/p')).toBeUndefined();
    expect(outputBase({ root: '/p', sources: ['', 'samlinger/**'] })).toBe('/p/samlinger');
  });
});
