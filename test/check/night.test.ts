/**
 * After midnight (issue 22, 1): an evening runs on past 24.00. A time after
 * midnight belongs to the night of the day it is listed under, a range may
 * cross midnight, the calendar event ends on the next date; a time that
 * goes backwards by more than a night (from 18.00 to 06.00) is still an error.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section } from '../render/helpers.js';

const arrival = (language: string) =>
  `---\ntitle: Samling\ndate: 2026-04-16\nlanguage: ${language}\nprogramme:\n` +
  '  - time: 18.00–20.00\n    title: Velkommen\n  - time: 20.00–23.35\n    title: Kveld\n' +
  '  - time: 23.35\n    title: Ankomst (ungarsk lag)\n  - time: 00.30\n    title: Innkvartering\n---\n\nTekst.\n';

/** After the day's hours, the dinner is the evening programme, and so is the after-party after it. */
const dinner: Record<string, string> = { nb: 'Festmiddag', da: 'Festmiddag', en: 'Conference dinner' };
const afterParty = (language: string, hours = '') =>
  `---\ntitle: Fest\ndate: 2026-04-16\nlanguage: ${language}\n${hours}programme:\n` +
  `  - time: 17.00–19.00\n    title: Generalforsamling\n  - time: 19.00–22.30\n    title: ${dinner[language]}\n  - time: 22.30–01.00\n    title: Efterfest\n---\n\nTekst.\n`;

const codes = (text: string) => checkSource(text, 'test.md', {}).diagnostics.map((d) => `${d.code} ${d.message}`);

describe('an evening that runs past midnight', () => {
  it.each(['nb', 'nn', 'da', 'sv', 'en'])('%s: 23.35 then 00.30 checks clean', (language) => {
    expect(codes(arrival(language))).toEqual([]);
  });

  it.each(['nb', 'da', 'en'])('%s: a range 22.30–01.00 checks clean, with and without hours for the day', (language) => {
    expect(codes(afterParty(language))).toEqual([]);
    expect(codes(afterParty(language, 'hours: 17.00–19.00\n'))).toEqual([]);
  });

  it('prints the times as typed', () => {
    const { html } = renderHtml(gatheringOf(afterParty('da')), { projectRoot: root });
    expect(section(html, 'programme')).toContain('<td class="time">22.30–01.00</td>');
    const night = renderHtml(gatheringOf(arrival('nb')), { projectRoot: root }).html;
    expect(section(night, 'programme')).toContain('<td class="time">00.30</td>');
  });

  it('the calendar event ends on the next date', () => {
    const g = gatheringOf(afterParty('da'));
    const [day] = calendarOf(g, { name: 'fest' }, { sourceId: 'fest.md', changed: new Date(0) }).events;
    expect([day.date.day, day.start, day.end]).toEqual([16, 17 * 60, 25 * 60]);
    const hours = gatheringOf(afterParty('da', 'hours: 17.00–19.00\n'));
    expect(calendarOf(hours, { name: 'fest' }, { sourceId: 'fest.md', changed: new Date(0) }).events[0].end).toBe(25 * 60);
  });
});

describe('a time that goes backwards by more than a night', () => {
  it('23.00 then 08.00 is out of order', () => {
    const text =
      '---\ntitle: Samling\ndate: 2026-04-16\nprogramme:\n  - time: 21.00\n    title: Kveld\n  - time: 23.00\n    title: Natt\n  - time: 08.00\n    title: Frokost\n---\n\nTekst.\n';
    expect(codes(text).map((c) => c.split(' ')[0])).toContain('time-order');
  });

  it('a range from the afternoon past midnight ends before it starts', () => {
    const text = '---\ntitle: Samling\ndate: 2026-04-16\nprogramme:\n  - time: 14.00–01.00\n    title: Verksted\n---\n\nTekst.\n';
    expect(codes(text).map((c) => c.split(' ')[0])).toEqual(['time-end-before-start']);
  });

  it('an early time after a daytime row is out of order', () => {
    const text = '---\ntitle: Samling\ndate: 2026-04-16\nprogramme:\n  - time: 15.00\n    title: Plenum\n  - time: 01.00\n    title: Natt\n---\n\nTekst.\n';
    expect(codes(text).map((c) => c.split(' ')[0])).toEqual(['time-order']);
  });
});
