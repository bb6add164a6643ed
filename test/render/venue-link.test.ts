/**
 * A venue's `link` (the venue's web page, an online meeting's address): the
 * format has always taken it, and the page and the calendar printed
 * neither. It is printed beside the venue wherever the venue is (the
 * masthead, a day, a row, a group's session) and is a link to click, and the
 * calendar's LOCATION carries it, where calendar programs make it one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, textOf } from './helpers.js';

beforeAll(() => useLanguage('en'));
afterAll(() => useLanguage('en'));

const teams = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk4%40thread.v2/0?context=%7b%22Tid%22%7d';
const meeting = (venue: string, extra = '') =>
  `---\ntitle: Styremøte\ndate: 2027-03-04\nhours: 09.00–11.00\nlanguage: nb\nvenue:\n${venue}programme:\n` +
  '  - time: 09.00–10.00\n    title: Innkalling\n' +
  '  - time: 10.00–11.00\n    title: Budsjett\n    venue:\n      name: Rådhuset, møterom 2\n      link: https://kommune.no/radhuset\n' +
  `${extra}---\n`;
const online = meeting(`  name: Teams\n  link: ${teams}\n`);
const masthead = (html: string) => /<header class="masthead[\s\S]*?<\/header>/.exec(html)![0];
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1].replaceAll('&#x3D;', '='));

describe("a venue's link", () => {
  it('checks clean', () => {
    expect(checkSource(online, 'x.md', { today: { year: 2027, month: 1, day: 1 } }).diagnostics).toEqual([]);
  });

  it('is printed whole under the venue in the masthead, as a link', () => {
    const head = masthead(renderHtml(gatheringOf(online), { projectRoot: root }).html);
    expect(textOf(head)).toContain(`Teams ${teams}`);
    expect(hrefs(head)).toEqual([teams]);
  });

  it("is printed beside a row's own venue", () => {
    const { html } = renderHtml(gatheringOf(online), { projectRoot: root });
    expect(textOf(html)).toContain('Rådhuset, møterom 2, https://kommune.no/radhuset');
    expect(hrefs(html)).toContain('https://kommune.no/radhuset');
  });

  it("is printed beside a series meeting's venue", () => {
    const series =
      '---\ntitle: Nettverket\ndate: 2027-01-14\nlanguage: nb\nseries:\n  - title: Nettverksmøter\n    time: 13.00–15.00\n' +
      `    venue: {name: Teams, link: "${teams}"}\n    sessions:\n      - date: 14.01.2027\n      - date: 11.03.2027\n---\n`;
    const { html } = renderHtml(gatheringOf(series), { projectRoot: root });
    expect(hrefs(html).filter((h) => h === teams).length).toBeGreaterThanOrEqual(2);
  });

  it("is in the calendar event's LOCATION after the venue", () => {
    const events = calendarOf(gatheringOf(online), { name: 'x' }, { sourceId: 'x.md', changed: new Date(0) }).events;
    expect(events.map((e) => e.location)).toEqual([`Teams, ${teams}`]);
  });

  it('is left out of LOCATION and is no link when it is not a web address', () => {
    const ftp = meeting('  name: Teams\n  link: ftp://kommune.no/mote\n');
    const events = calendarOf(gatheringOf(ftp), { name: 'x' }, { sourceId: 'x.md', changed: new Date(0) }).events;
    expect(events.map((e) => e.location)).toEqual(['Teams']);
    expect(hrefs(masthead(renderHtml(gatheringOf(ftp), { projectRoot: root }).html))).toEqual([]);
  });
});
