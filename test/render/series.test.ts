/**
 * A series of meetings that are not member groups (issue 22, 3): a
 * network's year of meetings by kind, each kind with its own dates, hours
 * and places, and no members. It checks as a series (order, years, weekday
 * words, a place for each meeting), prints as a table of kinds with no
 * Members column, dates the masthead by its first and last meeting, and
 * gives each meeting its own calendar event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { isoOf } from '../../src/base/calendar-date.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section, textOf } from './helpers.js';

// The unit files share their modules (isolate: false): a file before this one may have left the messages in another language.
beforeAll(() => useLanguage('en'));
afterAll(() => useLanguage('en'));

/** A year of three kinds of meetings, met 3, 2 and 1 times: groups of one series would be told they are uneven. */
const year = (language = 'sv', extra = '') =>
  `---\ntitle: Nätverkets år\ndate: 2026-09-17\nlanguage: ${language}\n` +
  'series:\n' +
  '  - title: Möten med Skolverket\n    time: 10.00–12.00\n    venue: Digitalt möte\n    sessions:\n' +
  '      - date: 17.09.2026\n        title: Uppstart\n      - date: 21.01.2027\n      - date: 06.05.2027\n' +
  '  - title: Områdeskonferenser\n    time: 09.00–15.30\n    sessions:\n' +
  '      - {date: 08.10.2026, venue: Folkets Hus Uddevalla}\n      - {date: 11.02.2027, venue: Högskolan i Borås, time: 09.30–15.00}\n' +
  '  - title: Årskonferens\n    venue: {name: Svenska Mässan, city: Göteborg}\n    sessions:\n      - {date: 12.11.2026, time: 09.30–16.00}\n' +
  `${extra}---\n\nTexten.\n`;

const found = (text: string, today?: { year: number; month: number; day: number }) =>
  checkSource(text, 'x.md', { today }).diagnostics.map((d) => `${d.span?.start.line}:${d.span?.start.column} ${d.code} ${d.message}`);

const masthead = (html: string) => textOf(/<header class="masthead[\s\S]*?<\/header>/.exec(html)![0]);

describe('a series of meetings: the check', () => {
  it('checks clean though its kinds meet a different number of times and list no members', () => {
    expect(found(year())).toEqual([]);
  });

  it('reads each kind as a series: out of order, a year typed wrong, a weekday that is not the date’s, a meeting with no place', () => {
    const text = year()
      .replace('      - date: 06.05.2027\n', '      - date: 06.05.2207\n')
      .replace('{date: 11.02.2027, venue: Högskolan i Borås, time: 09.30–15.00}', '{date: 11.02.2026, time: 09.30–15.00, title: Tisdag i Borås}');
    expect(found(text)).toEqual([
      "13:15 date-implausible Session 3 of Möten med Skolverket is dated 06.05.2207, 181 years after the file's other dates (around 2026-10-08)",
      '18:16 series-order Session 2 of Områdeskonferenser (11.02.2026) is dated before session 1 (08.10.2026)',
      '18:16 venue-missing Områdeskonferenser: the session on 11.02.2026 has no venue',
      '18:54 weekday-mismatch The title says "Tisdag", but 11.02.2026 is a Wednesday (Onsdag)',
    ]);
  });

  it("takes a kind's hours for its meetings, and checks them", () => {
    expect(found(year().replace('time: 09.00–15.30', 'time: 15.30–09.00'))).toEqual([
      '15:11 time-end-before-start Områdeskonferenser: the session on 08.10.2026 ends at 09.00, before it starts (15.30)',
    ]);
  });

  it('a registration falls before a meeting of the year, not before its first; after its last it is late', () => {
    const deadline = (date: string) => `deadlines:\n  - {date: ${date}, what: Anmälan till årskonferensen, kind: registration}\n`;
    expect(found(year('sv', deadline('22.10.2026')))).toEqual([]);
    expect(found(year('sv', deadline('10.05.2027')))).toEqual(['24:12 deadline-order The registration deadline 10.05.2027 is 4 days after the gathering (2027-05-06)']);
  });

  it('is not in the past while a meeting of it is still to come', () => {
    expect(found(year(), { year: 2027, month: 1, day: 1 })).toEqual([]);
    expect(found(year(), { year: 2027, month: 6, day: 1 })).toEqual(['3:7 date-past The gathering (2026-09-17) is in the past: today is 2027-06-01']);
  });

  it.each([
    ['en', 'list them under "series:" instead'],
    ['nb', 'før dem opp under «series:» i stedet'],
    ['nn', 'før dei opp under «series:» i staden'],
    ['da', 'skriv dem under »series:« i stedet'],
    ['sv', 'skriv dem under ”series:” i stället'],
  ])('%s: groups with no members that meet unevenly are pointed to series', async (language, words) => {
    await useLanguage(language as 'en');
    const groups = year().replace('series:', 'groups:').replaceAll('  - title: ', '  - label: ');
    const hints = checkSource(groups, 'x.md', {}).diagnostics.filter((d) => d.code.startsWith('group-sessions'));
    expect(hints.length).toBeGreaterThan(0);
    for (const d of hints) expect(d.hint).toContain(words);
    // Groups with members are one series' groups: the hint is about a missing or doubled session.
    const members = groups.replace('  - label: Områdeskonferenser\n', '  - label: Områdeskonferenser\n    members: [Uddevalla]\n');
    for (const d of checkSource(members, 'x.md', {}).diagnostics.filter((d) => d.code.startsWith('group-sessions'))) expect(d.hint).not.toContain('series:');
    await useLanguage('en');
  });
});

const labels: Record<string, { heading: string; kind: string; dates: string; span: string }> = {
  nb: { heading: 'Møteplan', kind: 'Møte', dates: 'Datoer', span: '17. september 2026 – 6. mai 2027' },
  nn: { heading: 'Møteplan', kind: 'Møte', dates: 'Datoar', span: '17. september 2026 – 6. mai 2027' },
  da: { heading: 'Mødeplan', kind: 'Møde', dates: 'Datoer', span: '17. september 2026 – 6. maj 2027' },
  sv: { heading: 'Mötesplan', kind: 'Möte', dates: 'Datum', span: '17 september 2026 – 6 maj 2027' },
  en: { heading: 'Meetings', kind: 'Meeting', dates: 'Dates', span: '17 September 2026 – 6 May 2027' },
};

describe('a series of meetings: the page', () => {
  it.each(Object.entries(labels))('%s: a table of kinds, each meeting with its date, hours and place; no Members column', (language, l) => {
    const { html } = renderHtml(gatheringOf(year(language)), { projectRoot: root });
    expect(html).toContain('class="template-network"');
    const table = section(html, 'series');
    expect(table).toContain(`<h2 class="block-heading">${l.heading}</h2>`);
    expect(table).toContain(`<th class="col-group" scope="col">${l.kind}</th>`);
    expect(table).toContain(`<th class="col-sessions" scope="col">${l.dates}</th>`);
    expect(table).not.toContain('col-members');
    const text = textOf(table);
    // The kind's hours and place where the meeting names none; its own where it does.
    expect(text).toMatch(/Uppstart, (?:kl\. )?10[.:]00–12[.:]00 Digitalt möte/);
    expect(text).toMatch(/2027, (?:kl\. )?09[.:]30–15[.:]00 Högskolan i Borås/);
    expect(text).toContain('Svenska Mässan, Göteborg');
    expect(section(html, 'groups')).toBe('');
  });

  it.each(Object.entries(labels))('%s: the masthead spans the first and last meeting, with no hours', (language, l) => {
    const { html } = renderHtml(gatheringOf(year(language)), { projectRoot: root });
    const top = masthead(html);
    expect(top).toContain(l.span);
    expect(top).not.toMatch(/kl\.|\d[.:]\d\d–/);
  });

  it('names the one place all meetings are in; none where they differ', () => {
    const one = year()
      .replace('{name: Svenska Mässan, city: Göteborg}', 'Skolverket')
      .replace(/venue: [^,}\n]*/g, 'venue: Skolverket');
    expect(masthead(renderHtml(gatheringOf(one), { projectRoot: root }).html)).toContain('Skolverket');
    expect(masthead(renderHtml(gatheringOf(year()), { projectRoot: root }).html)).not.toMatch(/Digitalt möte|Svenska Mässan/);
  });

  it('is placed where the body says ::series', () => {
    const { html } = renderHtml(gatheringOf(year().replace('Texten.', 'Före.\n\n::series\n\nEfter.')), { projectRoot: root });
    const text = textOf(html);
    expect(text.indexOf('Före.')).toBeLessThan(text.indexOf('Mötesplan'));
    expect(text.indexOf('Mötesplan')).toBeLessThan(text.indexOf('Efter.'));
  });
});

describe('a series of meetings: the calendar', () => {
  const calendar = (text: string) => calendarOf(gatheringOf(text), { name: 'x' }, { sourceId: 'x.md', changed: new Date(0) }).events;

  it('gives each meeting its own event with its date, hours and place, and the year no event of its own', () => {
    const events = calendar(year()).map((e) => [`${e.date.day}.${e.date.month}.${e.date.year}`, e.start, e.end, e.summary, e.location]);
    expect(events).toEqual([
      ['17.9.2026', 600, 720, 'Uppstart – Möten med Skolverket', 'Digitalt möte'],
      ['21.1.2027', 600, 720, 'Möten med Skolverket', 'Digitalt möte'],
      ['6.5.2027', 600, 720, 'Möten med Skolverket', 'Digitalt möte'],
      ['8.10.2026', 540, 930, 'Områdeskonferenser', 'Folkets Hus Uddevalla'],
      ['11.2.2027', 570, 900, 'Områdeskonferenser', 'Högskolan i Borås'],
      ['12.11.2026', 570, 960, 'Årskonferens', 'Svenska Mässan, Göteborg'],
    ]);
  });

  it("keeps each meeting's event when a meeting is added to another kind (UIDs by place)", () => {
    const before = calendar(year()).map((e) => e.uid);
    const after = calendar(year().replace('      - date: 06.05.2027\n', '      - date: 06.05.2027\n      - date: 27.05.2027\n')).map((e) => e.uid);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after.slice(4)).toEqual(before.slice(3));
  });

  it('a year with a programme of its own keeps its day as an event beside the meetings', () => {
    const text = year().replace('series:', 'programme:\n  - time: 10.00–12.00\n    title: Uppstart\nseries:');
    expect(calendar(text).map((e) => e.summary)).toContain('Nätverkets år');
  });
});

describe('a meeting whose title ends in a question mark', () => {
  it('has its hours after the mark without a comma, and its hours kept on one line', () => {
    const asking = year('nb').replace('title: Uppstart', 'title: Hva gjør vi nå?');
    const { html } = renderHtml(gatheringOf(asking), { projectRoot: root });
    const text = textOf(html);
    expect(text).toContain('Hva gjør vi nå? kl. 10.00–12.00');
    expect(text).not.toContain('?,');
    expect(html).toMatch(/\.hours \{ white-space: nowrap; \}/);
  });
});

describe('a meeting cancelled, and one whose hours are to come', () => {
  const year2 = (language = 'da') =>
    `---\ntitle: Netværksmøder\ndate: 2026-10-15\nlanguage: ${language}\nseries:\n  - title: Netværksmøder\n    time: 13.00–16.00\n    venue: Rådhuset\n    sessions:\n` +
    '      - date: 15.10.2026\n      - date: 21.01.2027\n        cancelled: true\n      - date: 10.06.2027\n        time: tidspunkt følger\n---\n';

  it('checks clean: "tidspunkt følger" is a session time, cancelled a field of a session', () => {
    expect(found(year2(), { year: 2026, month: 1, day: 1 })).toEqual([]);
  });

  it('prints the cancelled one crossed out after the word for it, and the hours to come in words', () => {
    const { html } = renderHtml(gatheringOf(year2()), { projectRoot: root });
    expect(html).toMatch(/<li class="session cancelled"><strong class="cancelled-label">Aflyst<\/strong> <span class="date">torsdag den 21\. januar 2027/);
    expect(textOf(html)).toContain('torsdag den 10. juni 2027, tid følger');
    expect(textOf(html)).not.toMatch(/10\. juni 2027, kl\./);
  });

  it('marks the cancelled event cancelled in the calendar, and gives the one to come its day without made-up hours', () => {
    const events = calendarOf(gatheringOf(year2()), { name: 'x' }, { sourceId: 'x.md', changed: new Date(0) }).events;
    expect(events.map((e) => [isoOf(e.date), !!e.cancelled, !!e.allDay])).toEqual([
      ['2026-10-15', false, false],
      ['2027-01-21', true, false],
      ['2027-06-10', false, true],
    ]);
  });
});
