/**
 * A day beside the main ones (issue 22, 5): an optional first day for some
 * (`optional: true`), or a day for some audiences only (`for:`). `date` is
 * still the first day, but the masthead and the whole gathering's
 * calendar show the main dates and name the day beside them ("17.–18.
 * april 2026, med valfri førdag 16. april"); the days are counted from
 * the first main day.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf, calendarText } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section, textOf } from './helpers.js';

const source = (language: string, first = '    optional: true\n', last = '') =>
  `---\ntitle: Samling\ndate: 2026-04-16\nlanguage: ${language}\nvenue: Lampeland\n` +
  'audiences:\n  styret: Styret\n  alle: Alle deltakere\n' +
  `days:\n  - date: 2026-04-16\n${first}    programme:\n      - time: 16.00–18.00\n        title: Omvisning\n` +
  '  - date: 17.04\n    hours: 09.00–15.00\n    programme:\n      - time: 09.00–15.00\n        title: Konferanse\n' +
  `  - date: 18.04\n${last}    programme:\n      - time: 09.00–12.00\n        title: Avslutning\n---\n\nTekst.\n`;

const masthead = (text: string, audience?: string) =>
  textOf(/<header class="masthead[\s\S]*?<\/header>/.exec(renderHtml(gatheringOf(text), { projectRoot: root, audience }).html)![0]);
const headings = (text: string) =>
  [...section(renderHtml(gatheringOf(text), { projectRoot: root }).html, 'programme').matchAll(/<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => textOf(m[1]));
const summaries = (text: string, audience?: string) =>
  calendarOf(gatheringOf(text), { name: 'x', audience }, { sourceId: 'x.md', changed: new Date(0) }).events.map((e) => `${e.date.day}.${e.date.month} ${e.summary}`);
/** Each day's event as a reader's calendar shows it: date, whether it shows as free, and the description's first line. */
const events = (text: string, audience?: string) =>
  calendarText(gatheringOf(text), { name: 'x', audience }, { sourceId: 'x.md', changed: new Date(0) })
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map(
      (e) => `${/DTSTART:\d{4}(\d\d)(\d\d)/.exec(e)!.slice(1).join('.')} ${e.includes('TRANSP:TRANSPARENT') ? 'free' : 'busy'} ${/DESCRIPTION[^:]*:([^\r\\]*)/.exec(e)?.[1] ?? ''}`,
    );
const found = (text: string) => checkSource(text, 'x.md', {}).diagnostics.map((d) => `${d.span?.start.line}:${d.span?.start.column} ${d.code} ${d.message}`);

describe('an optional first day', () => {
  it.each([
    ['nb', '17.–18. april 2026, med valgfri førdag 16. april', 'Valgfri førdag – torsdag 16. april 2026'],
    ['nn', '17.–18. april 2026, med valfri førdag 16. april', 'Valfri førdag – torsdag 16. april 2026'],
    ['da', '17.–18. april 2026, med valgfri forudgående dag 16. april', 'Valgfri forudgående dag – torsdag den 16. april 2026'],
    ['sv', '17–18 april 2026, med frivillig fördag 16 april', 'Frivillig fördag – torsdag 16 april 2026'],
    ['en', '17–18 April 2026, with an optional first day on 16 April', 'Optional first day – Thursday 16 April 2026'],
  ])('%s: the masthead gives the main dates and names the optional day; the days count from the first main day', (language, dates, heading) => {
    expect(found(source(language))).toEqual([]);
    expect(masthead(source(language))).toContain(dates);
    expect(headings(source(language))[0]).toBe(heading);
    expect(headings(source(language))[1]).toMatch(/^(Dag|Day) 1 – /);
    expect(headings(source(language))[2]).toMatch(/^(Dag|Day) 2 – /);
  });

  it('without it the masthead spans every day, as before', () => {
    expect(masthead(source('nb', ''))).toContain('16.–18. april 2026');
    expect(masthead(source('nb', ''))).not.toContain('valgfri');
  });

  it('an optional last day is named after the main dates, and one main day keeps its hours', () => {
    const text = source('nb', '', '    optional: true\n').replace('    optional: true\n', '').replace('  - date: 18.04\n', '  - date: 18.04\n    optional: true\n');
    expect(masthead(text)).toContain('16.–17. april 2026, med valgfri ekstradag 18. april');
    const one = source('nb').replace('  - date: 18.04\n', '  - date: 18.04\n    optional: true\n');
    expect(masthead(one)).toContain('fredag 17. april 2026, kl. 09.00–15.00, med valgfri førdag 16. april og valgfri ekstradag 18. april');
  });

  it("names the optional day in the whole gathering's calendar, and numbers the main days from 1", () => {
    expect(summaries(source('nb'))).toEqual(['16.4 Samling (Valgfri førdag)', '17.4 Samling (Dag 1)', '18.4 Samling (Dag 2)']);
    const titled = source('nb', '    optional: true\n    title: Ankomst\n');
    expect(summaries(titled)[0]).toBe('16.4 Samling (Valgfri førdag: Ankomst)');
  });
});

describe('an optional day in a calendar', () => {
  it.each([
    ['nb', 'Valgfri førdag 16. april'],
    ['nn', 'Valfri førdag 16. april'],
    ['da', 'Valgfri forudgående dag 16. april'],
    ['sv', 'Frivillig fördag 16 april'],
    ['en', 'An optional first day on 16 April'],
  ])('%s: the optional day says so first and shows as free time; the main days are busy', (language, note) => {
    expect(events(source(language)).map((e) => e.replace(/ Program(me)?\b.*$/, ' …'))).toEqual([`04.16 free ${note}`, '04.17 busy …', '04.18 busy …']);
  });

  it("is optional in an audience's calendar too", () => {
    expect(events(source('nb'), 'styret')[0]).toBe('04.16 free Valgfri førdag 16. april');
  });

  it("a day for some is named with whom it is for in the whole gathering's calendar, and is an ordinary day in theirs", () => {
    const forBoard = source('nb', '    for: styret\n');
    expect(events(forBoard)[0]).toBe('04.16 free Førdag for Styret 16. april');
    expect(events(forBoard, 'styret')).toEqual(['04.16 busy Program', '04.17 busy Program', '04.18 busy Program']);
  });
});

describe('a day for some audiences only', () => {
  const forBoard = source('nn', '    for: styret\n');

  it.each([
    ['nb', '17.–18. april 2026, med førdag for Styret 16. april', 'Førdag – torsdag 16. april 2026'],
    ['nn', '17.–18. april 2026, med førdag for Styret 16. april', 'Førdag – torsdag 16. april 2026'],
    ['da', '17.–18. april 2026, med forudgående dag for Styret 16. april', 'Forudgående dag – torsdag den 16. april 2026'],
    ['sv', '17–18 april 2026, med fördag för Styret 16 april', 'Fördag – torsdag 16 april 2026'],
    ['en', '17–18 April 2026, with a first day for Styret on 16 April', 'First day – Thursday 16 April 2026'],
  ])('%s: the masthead names the day and whom it is for', (language, dates, heading) => {
    const text = source(language, '    for: styret\n');
    expect(found(text)).toEqual([]);
    expect(masthead(text)).toContain(dates);
    expect(headings(text)[0]).toBe(heading);
  });

  it('the others are not there: their invitation and calendar leave the day out', () => {
    expect(masthead(forBoard, 'alle')).toContain('17.–18. april 2026');
    expect(masthead(forBoard, 'alle')).not.toContain('16.');
    expect(summaries(forBoard, 'alle').map((s) => s.split(' ')[0])).toEqual(['17.4', '18.4']);
    expect(summaries(forBoard, 'styret').map((s) => s.split(' ')[0])).toEqual(['16.4', '17.4', '18.4']);
  });

  it('an item on that day for another audience is an error, and so is an audience the file does not declare', () => {
    const item = forBoard.replace('        title: Omvisning\n', '        title: Omvisning\n        for: alle\n');
    expect(found(item)).toEqual([
      '15:14 audience-absent "Omvisning" (16.00–18.00, 2026-04-16) is for Alle deltakere (alle), who are not there on that day',
      '15:14 audience-idle Nothing is scheduled for Styret (styret) during "Omvisning" (16.00–18.00 on 2026-04-16), which is only for Alle deltakere (alle)',
    ]);
    expect(found(source('nn', '    for: styre\n'))).toEqual(['11:10 audience-undeclared "styre" is not one of the audiences under "audiences:"']);
  });
});
