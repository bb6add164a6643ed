/**
 * The pipeline for one source, compileSource then renderSource, as the
 * build runs it but held in memory: text in, diagnostics and every view’s
 * HTML, calendar and print job out, with no browser and nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, type Project, renderSource } from '../../src/pipeline/compile.js';
import { compile } from './in-memory.js';

import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { templateNames } from '../../src/render/template-names.js';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'examples', 'ost-oppstart-2020.md');
const text = readFileSync(file, 'utf8');
const project: Project = { root, config: {}, templateNames: templateNames(), today: { year: 2019, month: 1, day: 1 }, request: { audiences: 'all' } };
const context = { sourceId: 'examples/ost-oppstart-2020.md', date: new Date(1_700_000_000_000) };

describe('compile', () => {
  it('renders every view of a valid source: HTML, calendar and print job', async () => {
    await loadMarkdown();
    const { diagnostics, views } = compile(text, file, project, 'ost', context);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(views.map((v) => v.view.name)).toEqual(['ost', 'ost.owners', 'ost.principals']);
    const [whole] = views;
    expect(whole.html).toContain('<html lang="nb"');
    expect(whole.html).toContain('Oppstartsamling');
    expect(whole.calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(whole.calendar).toContain('DTSTAMP:20231114T221320Z');
    expect(whole.print).toMatchObject({ meta: { language: 'nb', date: context.date } });
    expect(whole.print.html).toContain('Oppstartsamling');
  });

  it('gives the diagnostics and no views for a source with errors', () => {
    const broken = text.replace(/^date: .*$/m, 'date: 2020-02-30');
    const { diagnostics, views } = compile(broken, file, project, 'ost', context);
    expect(views).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('date-invalid');
  });

  it('turns a template that fails into a diagnostic, not an exception', async () => {
    await loadMarkdown();
    // A template the check was told of (a project's) that the renderer does not have.
    const named = text.replace(/^template: .*$/m, '').replace(/^title:/m, 'template: finnes-ikke\ntitle:');
    const { diagnostics, views } = compile(named, file, { ...project, templateNames: [...project.templateNames, 'finnes-ikke'] }, 'ost', context);
    expect(views).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'render-failed').map((d) => d.message)).toEqual([
      'ost: There is no template "finnes-ikke": the templates are network, phases, timetable, welcome',
      'ost.owners: There is no template "finnes-ikke": the templates are network, phases, timetable, welcome',
      'ost.principals: There is no template "finnes-ikke": the templates are network, phases, timetable, welcome',
    ]);
  });

  it('plans a valid source’s views once, as it checks it', () => {
    const compiled = compileSource({ file, text, name: 'ost' }, project);
    expect(compiled.views?.map((v) => v.name)).toEqual(['ost', 'ost.owners', 'ost.principals']);
    expect(compileSource({ file, text }, project).views).toBeUndefined();
  });

  it('turns an exception thrown while rendering one view into that view’s render-failed; the others are made', async () => {
    await loadMarkdown();
    const compiled = compileSource({ file, text, name: 'ost' }, project);
    const [whole, owners, principals] = compiled.views!;
    const broken = Object.defineProperty({ ...owners }, 'audience', {
      get() {
        throw new TypeError('a fault planted by the test');
      },
    });
    const results = renderSource(compiled.gathering!, [whole, broken, principals], project, context);
    expect(results.map((r) => r.value?.view.name)).toEqual(['ost', undefined, 'ost.principals']);
    expect(results[1].diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ['render-failed', file, 'ost.owners: agenda failed while making this invitation (a fault planted by the test); the other invitations were made'],
    ]);
  });
});
