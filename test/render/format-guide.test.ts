/**
 * The format guide's examples of this round's forms (issue 22: a series of
 * meetings, a day beside the main ones) are what a secretary copies: each
 * checks clean as printed, and prints what the guide says it prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, textOf } from './helpers.js';

const guide = readFileSync(join(root, 'docs', 'format.md'), 'utf8');

/** The guide's section under a heading, up to the next heading of its level or above. */
function sectionOf(heading: string): string {
  const start = guide.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const level = heading.split(' ')[0];
  const next = guide.slice(start + heading.length + 2).search(new RegExp(`\\n#{1,${level.length}} `));
  return guide.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
}

/** The YAML examples of a section that hold `marker`, each as a source of its own. */
function examplesIn(section: string, marker: string): string[] {
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((y) => y.includes(marker))
    .map((y) => `---\ntitle: Eksempel\n${y}---\n\nTekst.\n`);
}

const masthead = (text: string) => textOf(/<header class="masthead[\s\S]*?<\/header>/.exec(renderHtml(gatheringOf(text), { projectRoot: root }).html)![0]);

describe('docs/format.md', () => {
  it('days: the example of a day beside the main ones checks clean, and the masthead and calendar say what the guide says', () => {
    const section = sectionOf('### `days`');
    const [example] = examplesIn(section, 'optional: true');
    expect(example).toBeDefined();
    expect(checkSource(example, 'guide.md', {}).diagnostics).toEqual([]);
    const said = /\("(17\.–18\. april 2026, med valgfri førdag 16\. april)"/.exec(section)![1];
    expect(masthead(example)).toContain(said);
    const summary = /\("(Landskonferansen \(Valgfri førdag: [^"]*\))"\)/.exec(section)![1];
    const events = calendarOf(gatheringOf(example.replace('title: Eksempel', 'title: Landskonferansen')), { name: 'x' }, { sourceId: 'x', changed: new Date(0) }).events;
    expect(events[0].summary).toBe(summary);
  });

  it('series: the example checks clean, prints a row for each kind, and gives each meeting an event', () => {
    const section = sectionOf('### `series`');
    const [example] = examplesIn(section, 'series:');
    expect(example).toBeDefined();
    expect(checkSource(example, 'guide.md', {}).diagnostics).toEqual([]);
    const g = gatheringOf(example);
    expect(masthead(example)).toContain('17. september 2026 – 6. mai 2027');
    const events = calendarOf(g, { name: 'x' }, { sourceId: 'x', changed: new Date(0) }).events;
    expect(events).toHaveLength((g.series ?? []).reduce((n, s) => n + (s.sessions?.length ?? 0), 0));
  });
});
