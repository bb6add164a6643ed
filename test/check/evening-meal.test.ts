/**
 * A meal after the day's hours is the evening programme (issue 22, 7): a
 * "Festmiddag" at 19.30 after hours 09.00–16.00 checks clean and prints as
 * a meal, in every language, by the names secretaries give it.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section } from '../render/helpers.js';

const dinners: [string, string][] = [
  ['nb', 'Festmiddag'],
  ['nb', 'Felles middag'],
  ['nn', 'Jubileumsmiddag'],
  ['da', 'Festmiddag'],
  ['da', 'Fællesspisning'],
  ['sv', 'Kvällsmiddag'],
  ['sv', 'Gemensam middag'],
  ['en', 'Conference dinner'],
];

const source = (language: string, dinner: string, at = '19.30') =>
  `---\ntitle: Samling\ndate: 2026-02-12\nlanguage: ${language}\nhours: 09.00–16.00\nprogramme:\n` +
  `  - time: 09.00–12.00\n    title: Arbeid i grupper\n  - time: 12.00–12.45\n    title: Plenum\n` +
  `  - time: 12.45–16.00\n    title: Verksted\n  - time: ${at}\n    title: ${dinner}\n---\n\nTekst.\n`;

describe('a dinner after the hours', () => {
  it.each(dinners)('%s: "%s" at 19.30 after 09.00–16.00 checks clean', (language, dinner) => {
    const { diagnostics } = checkSource(source(language, dinner), 'test.md', {});
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it.each(dinners)('%s: "%s" prints as a meal, in italics', (language, dinner) => {
    const { html } = renderHtml(gatheringOf(source(language, dinner)), { projectRoot: root });
    const row = new RegExp(`<tr class="row ([^"]*)">\\s*<td class="time">[^<]*</td>\\s*<td class="content"><div class="item-title">${dinner}<`).exec(section(html, 'programme'));
    expect(row?.[1]).toMatch(/\bitalic\b/);
  });

  it('a dinner at 17.00, after hours that end at 16.00, is the evening too', () => {
    expect(checkSource(source('nb', 'Middag', '17.00'), 'test.md', {}).diagnostics).toEqual([]);
  });

  it('a session after the hours is still outside them', () => {
    const { diagnostics } = checkSource(source('nb', 'Middagsforedrag'), 'test.md', {});
    expect(diagnostics.map((d) => d.code)).toEqual(['time-outside-hours']);
  });
});

describe('a breakfast before the hours', () => {
  // The second day of a gathering with a night: breakfast 07.00–08.30, the day from 08.30. It was time-outside-hours, with no way to say it.
  const morning = (kind: string, time = '07.00–08.30', title = 'Frukost och utcheckning') =>
    `---\ntitle: Konferens\ndate: 2026-11-12\nlanguage: sv\nhours: 08.30–14.00\nprogramme:\n  - time: ${time}\n    title: ${title}\n${kind}` +
    '  - time: 08.30–12.00\n    title: Arbete i grupper\n  - time: 12.00–14.00\n    title: Lunch och avslutning\n    kind: meal\n---\n\nText.\n';
  const found = (text: string) => checkSource(text, 'test.md', { today: { year: 2026, month: 1, day: 1 } }).diagnostics.map((d) => `${d.code} ${d.hint ?? ''}`);

  it('checks clean as a meal that ends when the day begins, named as one or marked', () => {
    expect(found(morning(''))).toEqual([]);
    expect(found(morning('    kind: meal\n', '07.00–08.30', 'Morgonmöte med kaffe'))).toEqual([]);
  });

  it('is outside the hours when it is no meal, or runs into the day, and the hint says how to mark it', () => {
    expect(found(morning('', '07.00–08.30', 'Incheckning'))).toEqual([
      expect.stringMatching(/^time-outside-hours if it is a meal before the day on purpose \(breakfast\), write "kind: meal"/),
    ]);
    expect(found(morning('    kind: meal\n', '07.00–09.00'))).toContainEqual(expect.stringMatching(/^time-outside-hours change the time/));
  });
});
