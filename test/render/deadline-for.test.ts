/**
 * A deadline for one audience (issue 22, 6): the delegates' binding
 * registration is in the delegates' invitation and calendar, not in the
 * public's; the whole gathering's invitation says whom it is for.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { calendarOf } from '../../src/render/calendar/calendar.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root, section, textOf } from './helpers.js';

const source = (language: string, forWhom = 'delegates') =>
  `---\ntitle: Landsmøte\ndate: 2026-04-17\nlanguage: ${language}\naudiences:\n  delegates: Delegater\n  public: {label: Publikum, from: 12.00}\n` +
  'programme:\n  - time: 09.00–12.00\n    title: Forhandlinger\n    for: delegates\n  - time: 12.00–15.00\n    title: Åpent seminar\n' +
  `deadlines:\n  - date: 01.03\n    what: Bindende påmelding\n    kind: registration\n    for: ${forWhom}\n` +
  '  - date: 10.04\n    what: Påmelding til seminaret\n    kind: registration\n---\n\nTekst.\n';

const deadlines = (text: string, audience?: string) => textOf(section(renderHtml(gatheringOf(text), { projectRoot: root, audience }).html, 'deadlines'));
const summaries = (text: string, audience?: string) =>
  calendarOf(gatheringOf(text), { name: 'x', audience }, { sourceId: 'x.md', changed: new Date(0) })
    .events.filter((e) => e.categories?.includes('deadline'))
    .map((e) => e.summary);

describe('a deadline for one audience', () => {
  it.each(['nb', 'nn', 'da', 'sv', 'en'])('%s: checks clean', (language) => {
    expect(checkSource(source(language), 'x.md', {}).diagnostics.map((d) => d.code)).toEqual([]);
  });

  it("is left out of another audience's invitation and calendar", () => {
    expect(deadlines(source('nb'), 'public')).not.toContain('Bindende påmelding');
    expect(deadlines(source('nb'), 'public')).toContain('Påmelding til seminaret');
    expect(summaries(source('nb'), 'public')).toEqual(['Frist: Påmelding til seminaret']);
  });

  it("is in its own audience's, with everyone's", () => {
    expect(deadlines(source('nb'), 'delegates')).toContain('Bindende påmelding');
    expect(summaries(source('da'), 'delegates')).toEqual(['Frist: Bindende påmelding', 'Frist: Påmelding til seminaret']);
  });

  it("the whole gathering's invitation says whom it is for", () => {
    expect(deadlines(source('nb'))).toContain('Bindende påmelding (Delegater)');
    expect(deadlines(source('nb'))).not.toContain('Påmelding til seminaret (');
    expect(summaries(source('nb'))).toHaveLength(2);
  });

  it('an audience it names must be declared', () => {
    const diagnostics = checkSource(source('nb', 'delegater'), 'x.md', {}).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.span?.start.line])).toContainEqual(['audience-undeclared', 18]);
  });
});
