/**
 * Empty and split things on the page (issue 22, 9): no empty Members
 * column, the audience banner as one range, "kl." kept with its hour in
 * the prose, one time-column width for every day's table.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section } from './helpers.js';

const series = (members: string) =>
  '---\ntitle: Nettverk\ndate: 2026-09-10\nvenue: Rådhuset\ngroups:\n  - label: Møter med statsforvalteren\n' +
  `${members}    sessions:\n      - {date: 2026-09-10, time: 09.00–11.00}\n---\n\nTekst.\n`;

describe('the groups table', () => {
  it('has no Members column when no group lists members', () => {
    const groups = section(renderHtml(gatheringOf(series('')), { projectRoot: root }).html, 'groups');
    expect(groups).not.toContain('col-members');
    expect(groups).not.toContain('class="members"');
  });

  it('has one when a group does', () => {
    const groups = section(renderHtml(gatheringOf(series('    members: [Asker, Bærum]\n')), { projectRoot: root }).html, 'groups');
    expect(groups).toContain('<th class="col-members" scope="col">Medlemmer</th>');
  });
});

describe('the audience banner', () => {
  const source = (language: string) =>
    `---\ntitle: Samling\ndate: 2026-02-12\nlanguage: ${language}\naudiences:\n  all: Alle\n  board: {label: Styret, from: 18.00, until: 19.30}\n` +
    'programme:\n  - time: 18.00–19.30\n    title: Styremøte\n  - time: 19.30–21.00\n    title: Middag\n    for: all\n---\n\nTekst.\n';

  it.each([
    ['nb', '(kl. 18.00–19.30)'],
    ['nn', '(kl. 18.00–19.30)'],
    ['da', '(kl. 18.00–19.30)'],
    ['sv', '(kl. 18.00–19.30)'],
    ['en', '(18:00–19:30)'],
  ])('%s: reads %s, one range', (language, times) => {
    const { html } = renderHtml(gatheringOf(source(language)), { projectRoot: root, audience: 'board' });
    const banner = /<p class="audience-banner">([\s\S]*?)<\/p>/.exec(html)![1].replace(/<[^>]+>/g, '');
    expect(banner.endsWith(times)).toBe(true);
  });
});

describe('the prose', () => {
  it('keeps "kl." and the hour on one line', () => {
    const text = '---\ntitle: Samling\ndate: 2026-02-12\n---\n\nVi starter kl. 09.00 og slutter klokka 15 presis.\n';
    const { html } = renderHtml(gatheringOf(text), { projectRoot: root });
    expect(html).toContain('kl.\u00a009.00');
    expect(html).toContain('klokka\u00a015');
  });
});

describe("the days' tables", () => {
  it("give the time column one width, not the width of each day's times", () => {
    const { html } = renderHtml(gatheringOf('---\ntitle: S\ndate: 2026-02-12\nprogramme:\n  - time: 09.00\n    title: A\n---\n\nT.\n'), { projectRoot: root });
    // On every row's time cell too: a part's table, whose column heads are hidden, lines up with the day's first.
    expect(html).toMatch(/\.timetable :is\(\.col-time, td\.time\) \{ box-sizing: border-box; width: \d+mm;/);
    expect(html).not.toMatch(/\.timetable \.col-time \{ width: 1%/);
  });
});
