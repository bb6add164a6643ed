/**
 * Every invitation, in every template, names its date, hours and venue at
 * the top (issue 22, 8): the network template left them out of a series'
 * overview, the welcome template left out the venue.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, textOf } from './helpers.js';

const templates = ['timetable', 'welcome', 'network', 'phases'];

const withGroups = (language: string) =>
  `---\ntitle: Nettverkssamling\ndate: 2026-11-05\nlanguage: ${language}\nhours: 09.00–12.00\n` +
  'venue: Kunnskapssenteret\nprogramme:\n  - time: 09.00–12.00\n    title: Arbeid i grupper\n' +
  'groups:\n  - label: Gruppe 1\n    sessions:\n      - {date: 2026-09-10, time: 09.00–12.00}\n      - {date: 2026-11-05, time: 09.00–12.00}\n' +
  '  - label: Gruppe 2\n    venue: Rådhuset\n    sessions:\n      - {date: 2026-09-17, time: 09.00–12.00}\n---\n\nTekst.\n';

const plain = '---\ntitle: Samling\ndate: 2026-11-05\nhours: 09.00–12.00\nvenue: Kunnskapssenteret\nprogramme:\n  - time: 09.00–12.00\n    title: Plenum\n---\n\nTekst.\n';

function masthead(text: string, template: string, group?: number): string {
  const { html } = renderHtml(gatheringOf(text), { projectRoot: root, template, group });
  return textOf(/<header class="masthead[\s\S]*?<\/header>/.exec(html)![0]);
}

const dates: Record<string, string> = {
  nb: 'torsdag 5. november 2026',
  nn: 'torsdag 5. november 2026',
  da: 'torsdag den 5. november 2026',
  sv: 'torsdag 5 november 2026',
  en: 'Thursday 5 November 2026',
};

describe('the masthead', () => {
  for (const template of templates) {
    it.each(Object.entries(dates))(`${template}, %s: a series' overview names the date, hours and venue`, (language, date) => {
      const text = masthead(withGroups(language), template);
      expect(text).toContain(date);
      expect(text).toMatch(/09[.:]00–12[.:]00/);
      expect(text).toContain('Kunnskapssenteret');
    });

    it(`${template}: a plain gathering's invitation names them`, () => {
      const text = masthead(plain, template);
      expect(text).toContain('torsdag 5. november 2026, kl. 09.00–12.00');
      expect(text).toContain('Kunnskapssenteret');
    });

    it(`${template}: a group's invitation names its session, or else the gathering's date`, () => {
      expect(masthead(withGroups('nb'), template, 0)).toContain('torsdag 5. november 2026');
      const other = masthead(withGroups('nb'), template, 1);
      expect(other).toContain('torsdag 5. november 2026');
    });
  }
});
