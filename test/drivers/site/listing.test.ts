/**
 * What the index page keeps of a gathering besides its date: a year of
 * meetings (issue 22, 3) lasts until its last meeting, so the index lists
 * it as to come, with both dates, until then.
 */
import { describe, expect, it } from 'vitest';
import { listingFor } from '../../../src/drivers/site/listing.js';
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
