/** `template:` must name a template there is, when the caller says which there are. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { templateNames } from '../../src/render/template-names.js';

const source = (template: string) => `---\ntitle: A\ndate: 2020-01-28\ntemplate: ${template}\n---\n`;

describe('template-unknown', () => {
  it('lists the built-in templates, and a project folder adds its own', () => {
    expect(templateNames()).toEqual(['network', 'phases', 'timetable', 'welcome']);
    const dir = mkdtempSync(join(tmpdir(), 'agenda-templates-'));
    for (const f of ['board.hbs', 'timetable.hbs', 'Bad.hbs', 'notes.txt']) writeFileSync(join(dir, f), '');
    expect(templateNames(dir)).toEqual(['board', 'network', 'phases', 'timetable', 'welcome']);
    expect(templateNames(join(dir, 'missing'))).toEqual(['network', 'phases', 'timetable', 'welcome']);
  });

  it('points at the value, with the nearest name', () => {
    const r = checkSource(source('timetabel'), 'a.md', { templates: templateNames() });
    expect(r.diagnostics).toEqual([
      {
        file: 'a.md',
        code: 'template-unknown',
        severity: 'error',
        span: { start: { line: 4, column: 11, offset: 40 }, end: { line: 4, column: 20, offset: 49 } },
        message: 'There is no template "timetabel"',
        hint: 'did you mean "timetable"? (the templates are network, phases, timetable, welcome)',
        fix: { span: { start: { line: 4, column: 11, offset: 40 }, end: { line: 4, column: 20, offset: 49 } }, text: 'timetable' },
      },
    ]);
  });

  it('lists the names when none is near', () => {
    const [d] = checkSource(source('poster'), 'a.md', { templates: ['timetable', 'welcome'] }).diagnostics;
    expect(d.hint).toBe('the templates are timetable, welcome');
  });

  it('passes a known name, and checks nothing without the list', () => {
    expect(checkSource(source('welcome'), 'a.md', { templates: templateNames() }).diagnostics).toEqual([]);
    expect(checkSource(source('timetabel'), 'a.md').diagnostics).toEqual([]);
  });
});
