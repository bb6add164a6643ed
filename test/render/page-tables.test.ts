/**
 * The programme's tables as a page prints them (issue 22, 9): a table for
 * each part, headed by the part's row so that a page the part continues on
 * names it; the audience said on every row, a repeat marked so that only
 * the screen leaves it out; and an audience's invitation without the days
 * it has nothing on. The PDF itself is read back in test/e2e/page-breaks.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section } from './helpers.js';

const source = (template: string, days = 1) =>
  `---\ntitle: Samling\nlanguage: nb\ntemplate: ${template}\ndate: 2026-03-12\naudiences:\n  ledere: Rektorer\n  eiere: { label: Skoleeiere, from: 12.00 }\n` +
  (days > 1 ? 'days:\n  - date: 2026-03-12\n    programme:\n' : 'programme:\n') +
  [
    '- time: 08.30–09.00\n  title: Kaffe\n  kind: break',
    '- title: Del 1\n  time: 09.00–11.00\n  items:\n    - time: 09.00–10.00\n      title: Vurdering\n    - time: 10.00–11.00\n      title: Lesing',
    '- time: 11.00–12.00\n  title: Refleksjon',
    '- title: Del 2\n  time: 12.00–14.00\n  items:\n    - time: 12.00–13.00\n      title: Klasseledelse\n    - time: 13.00–14.00\n      title: Overganger',
    '- time: 14.00–15.00\n  title: Avslutning',
  ]
    .map((item) => item.replace(/^/gm, days > 1 ? '      ' : '  '))
    .join('\n') +
  (days > 1 ? '\n  - date: 2026-03-13\n    programme:\n      - time: 09.00–10.00\n        title: Dag to\n' : '\n') +
  '---\n\nTekst.\n';

/** Each table of the programme: the titles in its head and in its body. */
function tables(html: string): { head: string[]; body: string[] }[] {
  const titles = (part: string) => [...part.matchAll(/<div class="item-title">([^<]*)</g)].map((m) => m[1]);
  return [...section(html, 'programme').matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const [head, body] = m[1].split('<tbody>');
    return { head: titles(head), body: titles(body) };
  });
}

describe('a table for each part', () => {
  it.each(['timetable', 'welcome', 'network', 'phases'])('%s: the part heads its table, in the head that repeats on each page', (template) => {
    const { html } = renderHtml(gatheringOf(source(template)), { projectRoot: root });
    expect(tables(html)).toEqual([
      { head: [], body: ['Kaffe'] },
      { head: ['Del 1'], body: ['Vurdering', 'Lesing'] },
      { head: [], body: ['Refleksjon'] },
      { head: ['Del 2'], body: ['Klasseledelse', 'Overganger'] },
      { head: [], body: ['Avslutning'] },
    ]);
  });

  it.each(['timetable', 'welcome', 'network', 'phases'])('%s: a day of several names the day in every table\'s head, "(forts.)" where the day\'s heading covers it', (template) => {
    const { html } = renderHtml(gatheringOf(source(template, 2)), { projectRoot: root });
    const heads = [...section(html, 'programme').matchAll(/<thead>\s*<tr class="day-continued"><th[^>]*><div>([^<]*)<\/div>/g)].map((m) => m[1]);
    expect(heads).toEqual(['Dag 1 – torsdag 12. mars 2026 (forts.)', ...Array(4).fill('Dag 1 – torsdag 12. mars 2026'), 'Dag 2 – fredag 13. mars 2026 (forts.)']);
  });

  it("the day's label over a later table is for paper: a screen, which has no pages, leaves it out", () => {
    const { html } = renderHtml(gatheringOf(source('timetable', 2)), { projectRoot: root });
    const css = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(css).toMatch(/@media screen \{\s*table\.later tr\.day-continued \{ display: none; \}/);
    expect([...section(html, 'programme').matchAll(/<table class="timetable([^"]*)">/g)].map((m) => /\blater\b/.test(m[1]))).toEqual([false, true, true, true, true, false]);
  });

  it('the column heads show over the first table of a day only, and are there for a screen reader over every one', () => {
    const { html } = renderHtml(gatheringOf(source('timetable')), { projectRoot: root });
    const heads = [
      ...section(html, 'programme').matchAll(/<thead>\s*(?:<tr class="day-continued">.*?<\/tr>\s*)?<tr( class="visually-hidden")?><th class="col-time" scope="col">Tid<\/th>/g),
    ].map((m) => !m[1]);
    expect(heads).toEqual([true, false, false, false, false]);
  });
});

describe('the audience of every row', () => {
  const cells = (html: string) => [...section(html, 'programme').matchAll(/<td class="audience">(<span class="ditto">)?([^<]*)/g)].map((m) => (m[1] ? `(${m[2]})` : m[2]));

  it('is said on every row, a repeat of the row above marked as one', () => {
    const { html } = renderHtml(gatheringOf(source('timetable')), { projectRoot: root });
    expect(cells(html)).toEqual(['Rektorer', '(Rektorer)', '(Rektorer)', '(Rektorer)', '(Rektorer)', 'Alle', '(Alle)', '(Alle)', '(Alle)']);
  });

  it('a repeat is left out on the screen only: print names the audience on every row', () => {
    const { html } = renderHtml(gatheringOf(source('timetable')), { projectRoot: root });
    const css = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(css).toMatch(/@media screen \{\s*\.ditto \{ display: none; \}/);
    expect(css.replace(/@media screen \{[^}]*\}\s*\}/g, '')).not.toMatch(/\.ditto \{[^}]*display: none/);
  });

  it.each(['welcome', 'network'])('%s: under every item, a repeat marked', (template) => {
    const { html } = renderHtml(gatheringOf(source(template)), { projectRoot: root });
    const lines = [...section(html, 'programme').matchAll(/<div class="item-audience( ditto)?">Deltakere: ([^<]*)/g)].map((m) => (m[1] ? `(${m[2]})` : m[2]));
    expect(lines).toEqual(['Rektorer', '(Rektorer)', '(Rektorer)', '(Rektorer)', '(Rektorer)', 'Alle', '(Alle)', '(Alle)', '(Alle)']);
  });
});

describe('where a page may break', () => {
  const flags = (html: string) =>
    [...section(html, 'programme').matchAll(/<tr class="row ([^"]*)">\s*<td class="time">[^<]*<\/td>\s*<td class="content"><div class="item-title">([^<]*)</g)].map(
      (m) => `${m[2]}${/keep-next/.test(m[1]) ? ' +next' : ''}${/keep-previous/.test(m[1]) ? ' +previous' : ''}`,
    );

  it("keeps a day's first three rows, a part's head with two of its rows, a part's last four and the day's last four together", () => {
    const { html } = renderHtml(gatheringOf(source('timetable')), { projectRoot: root });
    expect(flags(html)).toEqual([
      'Kaffe +next',
      'Del 1 +next',
      'Vurdering +next +previous',
      'Lesing +previous',
      'Refleksjon',
      'Del 2 +next',
      'Klasseledelse +next +previous',
      'Overganger +previous',
      'Avslutning +previous',
    ]);
  });

  it("keeps a table on the page of the one before when its first row is among the day's last four", () => {
    const { html } = renderHtml(gatheringOf(source('timetable')), { projectRoot: root });
    const kept = [...section(html, 'programme').matchAll(/<table class="timetable([^"]*)">/g)].map((m) => /keep-previous/.test(m[1]));
    expect(kept).toEqual([false, true, false, false, true]);
  });
});

describe('an audience with nothing on a day', () => {
  it('has the day left out of its invitation, as an absent audience has (not a heading over an empty table)', () => {
    const text = source('timetable', 2).replace('title: Dag to\n', 'title: Dag to\n        for: ledere\n');
    const programme = section(renderHtml(gatheringOf(text), { projectRoot: root, audience: 'eiere' }).html, 'programme');
    expect(programme).toContain('Dag 1 – torsdag 12. mars 2026');
    expect(programme).not.toContain('13. mars');
    expect(programme).not.toContain('Dag to');
    const all = section(renderHtml(gatheringOf(text), { projectRoot: root, audience: 'ledere' }).html, 'programme');
    expect(all).toContain('Dag 2 – fredag 13. mars 2026');
  });
});

describe('a part within a part', () => {
  const nested =
    '---\ntitle: Samling\nlanguage: nb\ntemplate: timetable\ndate: 2026-03-12\nprogramme:\n' +
    '  - time: 08.30–09.00\n    title: Kaffe\n    kind: break\n' +
    '  - title: Del 1\n    time: 09.00–11.15\n    items:\n      - time: 09.00–10.00\n        title: Vurdering\n' +
    '      - title: Verksted\n        time: 10.00–11.00\n        items:\n          - time: 10.00–10.30\n            title: Lesing\n          - time: 10.30–11.00\n            title: Skriving\n' +
    '      - time: 11.00–11.15\n        title: Oppsummering\n' +
    '  - time: 11.15–12.00\n    title: Refleksjon\n' +
    '  - title: Del 2\n    time: 12.00–14.00\n    items:\n      - time: 12.00–13.00\n        title: Klasseledelse\n      - time: 13.00–14.00\n        title: Overganger\n' +
    '  - time: 14.00–15.00\n    title: Avslutning\n---\n\nTekst.\n';

  it.each(['timetable', 'welcome', 'network', 'phases'])(
    '%s: heads a table of its own, labelled with the day and the part around it, as are the rows of that part after it',
    (template) => {
      const { html } = renderHtml(gatheringOf(nested.replace('template: timetable', `template: ${template}`)), { projectRoot: root });
      const labels = [...section(html, 'programme').matchAll(/<tr class="day-continued">.*?<div>([^<]*)<\/div>/g)].map((m) => m[1]);
      expect(tables(html).map((t) => [t.head.join(), t.body.join()])).toEqual([
        ['', 'Kaffe'],
        ['Del 1', 'Vurdering'],
        ['Verksted', 'Lesing,Skriving'],
        ['', 'Oppsummering'],
        ['', 'Refleksjon'],
        ['Del 2', 'Klasseledelse,Overganger'],
        ['', 'Avslutning'],
      ]);
      expect(labels).toEqual([
        'torsdag 12. mars 2026 (forts.)',
        'torsdag 12. mars 2026',
        'torsdag 12. mars 2026 · Del 1',
        'torsdag 12. mars 2026 · Del 1',
        'torsdag 12. mars 2026',
        'torsdag 12. mars 2026',
        'torsdag 12. mars 2026',
      ]);
    },
  );
});
