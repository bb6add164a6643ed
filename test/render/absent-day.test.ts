/**
 * An audience absent for a whole day (issue 22, 2): an arrival day for
 * those who come early. Written `audiences: {all: absent}` on the day; it
 * is checked (nothing that day for the absent audience), and the absent
 * audience's invitation and calendar leave the day out.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section, textOf } from './helpers.js';

const source = (language: string, arrivalFor = '') =>
  `---\ntitle: Landskonferanse\ndate: 2026-04-16\nlanguage: ${language}\naudiences:\n  early: Tidlig ankomst\n  all: Alle deltakere\n` +
  'days:\n  - date: 2026-04-16\n    audiences:\n      all: absent\n    programme:\n' +
  `      - time: 18.00–20.00\n        title: Omvisning${arrivalFor}\n` +
  '  - date: 17.04\n    programme:\n      - time: 09.00–15.00\n        title: Konferanse\n---\n\nTekst.\n';

const diagnostics = (text: string) => checkSource(text, 'x.md', {}).diagnostics.map((d) => `${d.code} ${d.message}`);
const events = (text: string, audience?: string) =>
  calendarOf(gatheringOf(text), { name: 'x', audience }, { sourceId: 'x.md', changed: new Date(0) }).events.map((e) => `${e.date.day}.${e.date.month}`);

describe('an audience absent for a day', () => {
  it.each(['nb', 'nn', 'da', 'sv', 'en'])('%s: checks clean (no audience-idle for the absent audience)', (language) => {
    expect(diagnostics(source(language))).toEqual([]);
  });

  it('an item for the absent audience on that day is an error', () => {
    expect(diagnostics(source('nb', '\n        for: [early, all]'))).toEqual([
      'audience-absent "Omvisning" (18.00–20.00, 2026-04-16) is for Alle deltakere (all), who are not there on that day',
    ]);
  });

  it("the absent audience's invitation leaves the day out, and is dated by its own days", () => {
    const { html } = renderHtml(gatheringOf(source('nb')), { projectRoot: root, audience: 'all' });
    const programme = textOf(section(html, 'programme'));
    expect(programme).not.toContain('Omvisning');
    expect(programme).not.toContain('16. april');
    expect(programme).toContain('Konferanse');
    expect(textOf(/<header class="masthead[\s\S]*?<\/header>/.exec(html)![0])).toContain('fredag 17. april 2026');
    expect(textOf(/<header class="masthead[\s\S]*?<\/header>/.exec(html)![0])).not.toContain('16.');
  });

  it("the others' invitation has both days", () => {
    const { html } = renderHtml(gatheringOf(source('nb')), { projectRoot: root, audience: 'early' });
    expect(textOf(section(html, 'programme'))).toContain('Omvisning');
  });

  it("the absent audience's calendar has no event on the day; the others' has", () => {
    expect(events(source('nb'), 'all')).toEqual(['17.4']);
    expect(events(source('nb'), 'early')).toEqual(['16.4', '17.4']);
    expect(events(source('nb'))).toEqual(['16.4', '17.4']);
  });

  it("an audience's calendar has no event on a day its page lists nothing on, absent or not", () => {
    const text = source('nb', '\n        for: early').replace('    audiences:\n      all: absent\n', '');
    expect(events(text, 'all')).toEqual(['17.4']);
  });
});

describe('zero-length presence is judged one way', () => {
  const day = (presence: string) =>
    '---\ntitle: Samling\ndate: 2026-04-16\naudiences:\n  early: Tidlig\n  all: Alle\ndays:\n  - date: 2026-04-16\n' +
    `    audiences:\n      all: ${presence}\n    programme:\n      - time: 18.00–20.00\n        title: Omvisning\n` +
    '  - date: 17.04\n    programme:\n      - time: 09.00–15.00\n        title: Konferanse\n---\n\nTekst.\n';

  it('{until: 00.00} and {from: 00.00, until: 00.00} are both errors that point to absent', () => {
    for (const presence of ['{until: 00.00}', '{from: 00.00, until: 00.00}']) {
      const found = checkSource(day(presence), 'x.md', {}).diagnostics;
      expect(
        found.map((d) => [d.code, d.severity]),
        presence,
      ).toContainEqual(['time-end-before-start', 'error']);
      expect(found.find((d) => d.code === 'time-end-before-start')?.hint).toContain('all: absent');
    }
  });
});
