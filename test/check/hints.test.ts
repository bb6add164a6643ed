/** A hint proposes the smallest plausible fix, or none (issue 14, 8). */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';

const hintsOf = (source: string, code: string) =>
  checkSource(source, 'x.md', {})
    .diagnostics.filter((d) => d.code === code)
    .map((d) => d.hint);

describe('series-order hints', () => {
  it('a second day dated the same as the first: the next day, not next year', () => {
    const source = '---\ntitle: Samling\ndate: 2026-03-12\ndays:\n  - date: 2026-03-12\n  - date: 12.03\n---\n';
    expect(hintsOf(source, 'series-order')).toEqual(['did you mean 13.03?']);
  });

  it('a third day before the second, written with its year: the day after the second, in the same form', () => {
    const source = '---\ntitle: Samling\ndate: 2026-03-12\ndays:\n  - date: 2026-03-12\n  - date: 13.03.2026\n  - date: 13.03.2026\n---\n';
    expect(hintsOf(source, 'series-order')).toEqual(['did you mean 14.03.2026?']);
  });

  it('sessions merely listed out of order: no year change', () => {
    const source =
      '---\ntitle: Nettverk\ndate: 2018-10-12\ngroups:\n  - label: Gruppe 1\n    venue: Festsalen\n    sessions:\n      - date: 12.10.2018\n      - date: 18.01.2019\n      - date: 16.11.2018\n---\n';
    expect(hintsOf(source, 'series-order')).toEqual(['list the sessions in the order they happen, or check the date']);
  });

  it('a session before every one above it may have the wrong year (seed 004)', () => {
    const source =
      '---\ntitle: Nettverk\ndate: 2018-10-12\ngroups:\n  - label: Gruppe 3\n    venue: Festsalen\n    sessions:\n      - date: 12.10.2018\n      - date: 16.11.2018\n      - date: 18.03.2018\n---\n';
    expect(hintsOf(source, 'series-order')).toEqual(['did you mean 18.03.2019?']);
  });
});
