/**
 * What real programmes written by others (issue 14) need from the page:
 * breaks and meals known by their titles, no empty rows.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section } from './helpers.js';

function source(language: string, items: string): string {
  return `---\ntitle: Samling\ndate: 2026-02-12\nlanguage: ${language}\ntemplate: timetable\nprogramme:\n${items}---\n\nTekst.\n`;
}

/** Each programme row's title and whether it is set as a break or a meal. */
async function rows(text: string): Promise<{ title: string; italic: boolean; time: string }[]> {
  const { html } = renderHtml(gatheringOf(text), { projectRoot: root });
  const programme = section(html, 'programme');
  return [...programme.matchAll(/<tr class="row ([^"]*)">\s*<td class="time">([^<]*)<\/td>\s*<td class="content"><div class="item-title">([^<]*)<\/div>/g)].map((m) => ({
    title: m[3],
    italic: /\bitalic\b/.test(m[1]),
    time: m[2],
  }));
}

describe('breaks and meals known by their titles', () => {
  it.each([
    ['nb', ['Pause', 'Kaffepause', 'Lunsj', 'Frokost', 'Middag på hotellet', 'Lunch']],
    ['nn', ['Pause', 'Lunsj', 'Middag']],
    ['da', ['Pause', 'Kaffepause', 'Frokost', 'Middag']],
    ['sv', ['Fika', 'Paus', 'Lunch', 'Middag']],
    ['en', ['Coffee break', 'Lunch', 'Dinner']],
  ])('%s: %j are set as breaks and meals', async (language, titles) => {
    const items = titles.map((t, i) => `  - time: ${String(9 + i).padStart(2, '0')}.00\n    title: ${t}\n`).join('');
    const got = await rows(source(language, items));
    expect(got.map((r) => [r.title, r.italic])).toEqual(titles.map((t) => [t, true]));
  });

  it('a session title that merely contains the word, or a word of another language, stays a session', async () => {
    const items = '  - time: 09.00\n    title: Pausens betydning for læring\n  - time: 10.00\n    title: Fika\n';
    expect((await rows(source('nb', items))).map((r) => r.italic)).toEqual([false, false]);
  });

  it('kind: session in the source wins over the title', async () => {
    const items = '  - time: 09.00\n    title: Middag\n    kind: session\n';
    expect((await rows(source('nb', items))).map((r) => r.italic)).toEqual([false]);
  });
});

describe('docs/format.md', () => {
  it('lists every word a break or a meal is known by', async () => {
    const { readFileSync } = await import('node:fs');
    const { kindWords, compounds } = await import('../../src/model/item-kinds.js');
    const doc = readFileSync(`${root}/docs/format.md`, 'utf8');
    for (const [language, kinds] of Object.entries(kindWords)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${language}\` |`));
      const ends = [...compounds[language as 'nb'].meal, ...compounds[language as 'nb'].break].join(', ');
      expect(row, language).toBe(`| \`${language}\` | ${kinds.break.join(', ')} | ${kinds.meal.join(', ')} | ${ends} |`);
    }
  });
});

describe('an untitled parallel set', () => {
  it("prints no empty row: its members carry its time (docs/format.md's full example)", async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(`${root}/docs/format.md`, 'utf8');
    const full = /## A full example\n\n```markdown\n([\s\S]*?)\n```\n/.exec(doc)![1] + '\n';
    const { html } = renderHtml(gatheringOf(full), { projectRoot: root });
    const titles = [
      ...section(html, 'programme').matchAll(/<tr class="row[^"]*">\s*<td class="time">([^<]*)<\/td>\s*<td class="content">(?:<div class="item-title">([^<]*)<\/div>)?/g),
    ].map((m) => [m[1], m[2]]);
    expect(titles.filter(([, title]) => !title)).toEqual([]);
    expect(titles).toContainEqual(['13.45–14.45', 'Plan for mellomarbeidet']);
    expect(titles).toContainEqual(['13.45–14.45', 'Skoleeiernes oppfølging']);
  });

  it('a titled set keeps its row, its members below it', async () => {
    const items = '  - time: 10.00–11.00\n    title: Verksteder\n    parallel:\n      - title: Spor A\n      - title: Spor B\n';
    expect((await rows(source('nb', items))).map((r) => [r.time, r.title])).toEqual([
      ['10.00–11.00', 'Verksteder'],
      ['', 'Spor A'],
      ['', 'Spor B'],
    ]);
  });
});

describe('smaller things (issue 14, 11)', () => {
  it('the contact line has no space before its commas', async () => {
    const text = '---\ntitle: Samling\ndate: 2026-02-12\ncontact:\n  name: Kari\n  email: kari@example.no\n  phone: 900 00 000\n---\n\nTekst.\n';
    const { html } = renderHtml(gatheringOf(text), { projectRoot: root });
    const line = /<dt>Kontaktperson<\/dt><dd><p>([\s\S]*?)<\/p>/.exec(html)![1].replace(/<[^>]+>/g, '');
    expect(line).toBe('Kari, kari@example.no, Telefon 900 00 000');
  });

  it("a Markdown table's headers align as its values do: left, unless the column says otherwise", async () => {
    const text = '---\ntitle: Samling\ndate: 2026-02-12\nfacts:\n  Plan: |\n    | Hva | Antall |\n    |---|--:|\n    | Rom | 3 |\n---\n\nTekst.\n';
    const { html } = renderHtml(gatheringOf(text), { projectRoot: root });
    expect(section(html, 'facts')).toContain('<th>Hva</th>');
    expect(section(html, 'facts')).toContain('<th align="right">Antall</th>');
    // Every Markdown table, not only the prose's: the facts' too. A stylesheet that set the prose's alone left the facts' headers centred.
    expect(html).toContain('table:not([class]) :is(th, td):not([align]) { text-align: left; }');
    expect(html).not.toMatch(/\.prose th[^{]*\{[^}]*text-align: left/);
  });

  it('deadlines the body does not place come before the registration it does, not after it at the end', async () => {
    const text =
      '---\ntitle: Samling\ndate: 2026-02-12\ntemplate: network\nprogramme:\n  - time: 09.00\n    title: Start\n' +
      'deadlines:\n  - date: 01.02\n    what: Påmelding\n    kind: registration\nregistration: Meld deg på i skjemaet.\ncontact: post@example.no\n---\n\nTekst.\n\n::registration\n';
    const { html } = renderHtml(gatheringOf(text), { projectRoot: root });
    const deadline = html.indexOf('<section class="block deadlines');
    const registration = html.indexOf('<section class="block registration');
    expect(deadline).toBeGreaterThan(0);
    expect(deadline).toBeLessThan(registration);
    expect(html.match(/<section class="block deadlines/g)).toHaveLength(1);
  });
});

describe('page breaks (issue 14, 9)', () => {
  const twoDays = (language: string) =>
    `---\ntitle: Samling\ndate: 2026-03-12\nlanguage: ${language}\ntemplate: timetable\ndays:\n` +
    '  - date: 2026-03-12\n    programme:\n      - time: 09.00–10.00\n        title: Start\n' +
    '  - date: 13.03\n    title: Samarbeid\n    programme:\n' +
    '      - time: 09.00–10.00\n        title: Innledning\n' +
    '      - time: 10.00–11.00\n        title: Seminarer\n        parallel:\n          - title: A\n          - title: B\n          - title: C\n' +
    '      - time: 11.00–12.00\n        title: Plenum\n      - time: 12.00–12.30\n        title: Avslutning\n---\n\nTekst.\n';

  it.each([
    ['nb', 'Dag 2 – fredag 13. mars 2026: Samarbeid (forts.)'],
    ['nn', 'Dag 2 – fredag 13. mars 2026: Samarbeid (framh.)'],
    ['da', 'Dag 2 – fredag den 13. marts 2026: Samarbeid (fortsat)'],
    ['sv', 'Dag 2 – fredag 13 mars 2026: Samarbeid (forts.)'],
    ['en', 'Day 2 – Friday 13 March 2026: Samarbeid (continued)'],
  ])("%s: a day's table repeats its label in the head row that repeats on every page", async (language, label) => {
    const { html } = renderHtml(gatheringOf(twoDays(language)), { projectRoot: root });
    const heads = [...section(html, 'programme').matchAll(/<thead>\s*<tr class="day-continued"><th scope="colgroup" colspan="2"><div>([^<]*)<\/div>/g)].map((m) => m[1]);
    expect(heads[1]).toBe(label);
  });

  it("keeps a parallel set with its title and time, and a day's first three rows and its last four together", async () => {
    const { html } = renderHtml(gatheringOf(twoDays('nb')), { projectRoot: root });
    const day2 = section(html, 'programme').split('<table')[2];
    const rows = [...day2.matchAll(/<tr class="row ([^"]*)">\s*<td class="time">[^<]*<\/td>\s*<td class="content"><div class="item-title">([^<]*)</g)].map((m) => [
      m[2],
      /keep-next/.test(m[1]),
      /keep-previous/.test(m[1]),
    ]);
    expect(rows).toEqual([
      ['Innledning', true, false],
      ['Seminarer', true, false],
      ['A', true, true],
      ['B', true, true],
      ['C', false, true],
      ['Plenum', false, true],
      ['Avslutning', false, true],
    ]);
  });
});
