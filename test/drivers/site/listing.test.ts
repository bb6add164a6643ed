/**
 * What the index page keeps of a gathering besides its date: a year of
 * meetings (issue 22, 3) lasts until its last meeting, so the index lists
 * it as to come, with both dates, until then.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/base/i18n/index.js';
import type { Manifest } from '../../../src/drivers/build/cache.js';
import { rowsOf } from '../../../src/drivers/site/index-rows.js';
import { type Listing, listingFor, listingOf } from '../../../src/drivers/site/listing.js';
import { gatheringOf } from '../../render/helpers.js';

const year =
  '---\ntitle: Nettverkets år\ndate: 2026-09-17\nseries:\n  - title: Områdesamlinger\n    venue: Kongsberg\n    sessions:\n' +
  '      - {date: 17.09.2026, time: 09.00–15.00}\n      - {date: 11.02.2027}\n      - {date: 06.05.2027}\n---\n\nTekst.\n';

describe('the index listing', () => {
  it('of a year of meetings runs until its last meeting', () => {
    expect(listingFor(gatheringOf(year)).until).toBe('2027-05-06');
  });

  it('of one day has no last day; of several, the last', () => {
    expect(listingFor(gatheringOf('---\ntitle: Samling\ndate: 2026-09-17\n---\n\nTekst.\n')).until).toBeUndefined();
    const two = '---\ntitle: Samling\ndate: 2026-09-17\ndays:\n  - date: 2026-09-17\n  - date: 18.09\n---\n\nTekst.\n';
    expect(listingFor(gatheringOf(two)).until).toBe('2026-09-18');
  });

  it('of a year with a programme of its own is that day', () => {
    const text = year.replace('series:', 'programme:\n  - time: 09.00\n    title: Oppstart\nseries:');
    expect(listingFor(gatheringOf(text)).until).toBeUndefined();
  });
});

describe('a gathering with a day beside its main ones (issue 22, 5)', () => {
  const optional =
    '---\ntitle: Samling\ndate: 2026-04-16\nvenue: Lampeland\ndays:\n  - date: 2026-04-16\n    optional: true\n    programme:\n      - time: 16.00–18.00\n        title: Omvisning\n' +
    '  - date: 17.04\n    hours: 09.00–15.00\n    programme:\n      - time: 09.00–15.00\n        title: Konferanse\n' +
    '  - date: 18.04\n    hours: 09.00–12.00\n    programme:\n      - time: 09.00–12.00\n        title: Avslutning\n---\n\nTekst.\n';
  const entry = (listing: Listing): Manifest => ({
    version: 2,
    outputs: { samling: { source: 'samling.md', key: 'k', deps: {}, files: ['samling.html'], language: 'nb', date: '2026-04-16', title: 'Samling', listing } },
  });
  const row = (listing: Listing, today = '2026-01-01', language = 'nb') => {
    const rows = rowsOf(entry(listing), catalogue(language), { today, separator: '.' });
    return [...rows.upcoming, ...rows.past][0];
  };

  it('is listed by its main days, with the first main day’s hours, and the optional day apart', () => {
    const listing = listingFor(gatheringOf(optional));
    expect(listing).toMatchObject({ from: '2026-04-17', until: '2026-04-18', start: 9 * 60, end: 15 * 60 });
    expect(listing.side).toEqual([{ date: '2026-04-16', before: true, optional: true, who: [] }]);
    // Kept in the build record: read back as written.
    expect(listingOf(JSON.parse(JSON.stringify(listing)))).toEqual(listing);
  });

  it.each([
    ['nb', 'fredag 17. april 2026 – lørdag 18. april 2026', 'med valgfri førdag 16. april'],
    ['nn', 'fredag 17. april 2026 – laurdag 18. april 2026', 'med valfri førdag 16. april'],
    ['da', 'fredag den 17. april 2026 – lørdag den 18. april 2026', 'med valgfri forudgående dag 16. april'],
    ['sv', 'fredag 17 april 2026 – lördag 18 april 2026', 'med frivillig fördag 16 april'],
    ['en', 'Friday 17 April 2026 – Saturday 18 April 2026', 'with an optional first day on 16 April'],
  ])('%s: the index dates it from the main days and names the optional day', (language, when, beside) => {
    const r = row(listingFor(gatheringOf(optional)), '2026-01-01', language);
    expect(r).toMatchObject({ date: '2026-04-17', when, beside });
  });

  it('names a day for some only with whom it is for, and keeps a gathering to come until a day after its main ones has passed', () => {
    const text = optional
      .replace('venue: Lampeland\n', 'venue: Lampeland\naudiences:\n  styret: Styret\n  alle: Alle\n')
      .replace('    optional: true\n', '')
      .replace('  - date: 18.04\n', '  - date: 18.04\n    for: styret\n');
    const listing = listingFor(gatheringOf(text));
    expect(listing.from).toBeUndefined();
    expect(row(listing)).toMatchObject({ date: '2026-04-16', when: 'torsdag 16. april 2026 – fredag 17. april 2026', beside: 'med ekstradag for Styret 18. april' });
    expect(rowsOf(entry(listing), catalogue('nb'), { today: '2026-04-18', separator: '.' }).upcoming).toHaveLength(1);
    expect(rowsOf(entry(listing), catalogue('nb'), { today: '2026-04-19', separator: '.' }).upcoming).toHaveLength(0);
  });

  it('reads a record whose days beside are not of its shape as none', () => {
    expect(listingOf({ from: 'x', side: [{ date: '2026-04-16' }, 'y'] })).toEqual({});
  });
});
