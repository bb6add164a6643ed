/**
 * A time not set yet (issue 22, 4): "Kveldstid – tidspunkt kjem". The row
 * says so in the invitation's language, takes no time in the overlap and
 * gap checks, and the calendar does not invent a time for it.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section } from './helpers.js';

const cases: [string, string, string][] = [
  ['nb', 'kommer', 'Tid kommer'],
  ['nn', 'tidspunkt kjem', 'Tid kjem'],
  ['da', 'følger', 'Tid følger'],
  ['sv', 'meddelas senare', 'Tid meddelas senare'],
  ['en', 'TBA', 'Time to come'],
];

const source = (language: string, word: string) =>
  `---\ntitle: Samling\ndate: 2026-10-08\nlanguage: ${language}\nprogramme:\n` +
  '  - time: 13.00–15.00\n    title: Verksted\n  - time: 15.00\n    title: Oppsummering\n' +
  `  - time: ${word}\n    title: Kveldstid\n  - title: Sosialt samvær\n---\n\nTekst.\n`;

describe('a time to come', () => {
  it.each(cases)('%s: "time: %s" checks clean', (language, word) => {
    expect(checkSource(source(language, word), 'x.md', {}).diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it.each(cases)('%s: "time: %s" prints "%s" in the time column', (language, word, printed) => {
    const programme = section(renderHtml(gatheringOf(source(language, word)), { projectRoot: root }).html, 'programme');
    const times = [...programme.matchAll(/<tr class="row [^"]*">\s*<td class="time">([^<]*)<\/td>\s*<td class="content"><div class="item-title">([^<]*)</g)].map((m) => [
      m[2],
      m[1],
    ]);
    expect(times.map(([title, time]) => [title, time.replaceAll(':', '.')])).toEqual([
      ['Verksted', '13.00–15.00'],
      ['Oppsummering', '15.00'],
      ['Kveldstid', printed],
      // The untimed row under it follows it: no time of the row above is put on it.
      ['Sosialt samvær', ''],
    ]);
  });

  it('the calendar does not invent a time for it: the day ends with its last time', () => {
    const g = gatheringOf(source('nn', 'kjem'));
    const [day] = calendarOf(g, { name: 'x' }, { sourceId: 'x.md', changed: new Date(0) }).events;
    expect([day.start, day.end]).toEqual([13 * 60, 15 * 60]);
    expect(day.description).toContain('Kveldstid (tid kjem)');
    expect(day.description).not.toMatch(/15[.:]00 Kveldstid/);
  });

  it('takes no time in the overlap check: two items to come beside timed ones are no overlap', () => {
    const text =
      '---\ntitle: Samling\ndate: 2026-10-08\nprogramme:\n  - time: 09.00–10.00\n    title: A\n  - time: kommer\n    title: B\n' +
      '  - time: kommer\n    title: C\n  - time: 10.00–11.00\n    title: D\n---\n\nTekst.\n';
    expect(checkSource(text, 'x.md', {}).diagnostics).toEqual([]);
  });

  it('takes no time of the row above: an item to come for an audience that joins later is not before it joins', () => {
    const text =
      '---\ntitle: Samling\ndate: 2026-10-08\naudiences:\n  staff: Ansatte\n  guests: {label: Gjester, from: 10.00}\nprogramme:\n' +
      '  - time: 09.00–10.00\n    title: A\n    for: staff\n  - time: kommer\n    title: Omvisning\n    for: guests\n  - time: 10.00–11.00\n    title: D\n---\n\nTekst.\n';
    expect(checkSource(text, 'x.md', {}).diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('a word that is not one is still a wrong time', () => {
    const text = '---\ntitle: Samling\ndate: 2026-10-08\nprogramme:\n  - time: snart\n    title: A\n---\n\nTekst.\n';
    expect(checkSource(text, 'x.md', {}).diagnostics.map((d) => d.code)).toEqual(['time-invalid']);
  });
});
