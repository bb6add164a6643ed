/**
 * The printed PDFs read back as a screen reader uses them, for every
 * template in every language (the starters) and for the examples with
 * their audience and group views: language and title set and the title
 * shown in the title bar, headings an outline without skipped levels,
 * tables with header cells, the logo with its alternative text, the running
 * footer outside the structure, and the structure read in the page's order.
 * Where Chromium's tagging falls short of PDF/UA-1, docs/reliability.md says so.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, fill } from '../../src/base/i18n/index.js';
import type { Manifest } from '../../src/drivers/build/cache.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { run } from '../cli/run.js';
import { envWith, inOrder, norm, root, tempDir } from '../drivers/build/helpers.js';
import { headingLevels, type PdfStructure, readStructure } from './pdf-structure.js';
import { STARTERS_FOOTER, starterProject } from './starters.js';

interface Printed {
  name: string;
  /** The source it was made from. */
  source: string;
  title: string;
  language: string;
  structure: PdfStructure;
}

const printed: Printed[] = [];

async function buildAndRead(args: string[], cwd: string, sourceRoot: string): Promise<void> {
  const out = await tempDir('agenda-pdf-structure-');
  const r = await run(['build', ...args, '--out', out, '--audience', 'all', '--groups'], envWith(), cwd);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const record = JSON.parse(await readFile(join(out, '.agenda-build.json'), 'utf8')) as Manifest;
  for (const [name, e] of Object.entries(record.outputs)) {
    if (!e.files.includes(`${name}.pdf`)) continue;
    const structure = await readStructure(new Uint8Array(await readFile(join(out, `${name}.pdf`))));
    printed.push({ name, source: join(sourceRoot, e.source), title: e.title, language: e.language, structure });
  }
}

beforeAll(async () => {
  await buildAndRead(['examples', '--today', '2020-02-01'], root, root);
  const project = await starterProject();
  await buildAndRead([join(project, 'samlinger'), '--today', '2026-01-12'], project, project);
}, 600_000);

/** Every printed PDF whose structure breaks `holds`: name → what was found. */
function failing(holds: (p: Printed) => unknown): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const p of printed) {
    const wrong = holds(p);
    if (wrong !== undefined) found[p.name] = wrong;
  }
  return found;
}

describe('the printed PDFs, read back', { timeout: 120_000 }, () => {
  it('are every template in every language, and the examples with their views', () => {
    const starters = printed.filter((p) => p.source.includes('samlinger'));
    expect(new Set(starters.map((p) => p.language))).toEqual(new Set(['nb', 'nn', 'da', 'sv', 'en']));
    expect(starters.filter((p) => !p.name.includes('.'))).toHaveLength(20);
    expect(printed.length).toBeGreaterThanOrEqual(20 + 5 + 5);
  });

  it('set the document language and title, tagged, and ask the viewer to show the title', () => {
    // A view's PDF has the gathering's title (the record's entry of the whole view has it).
    const titleOf = new Map(printed.filter((p) => !p.name.includes('.')).map((p) => [p.source, p.title]));
    const off = failing(({ structure: s, language, source }) =>
      s.language === language && s.title === titleOf.get(source) && s.displayDocTitle && s.marked
        ? undefined
        : { language: s.language, title: s.title, displayDocTitle: s.displayDocTitle, marked: s.marked },
    );
    expect(off).toEqual({});
  });

  it('have headings that form an outline: one H1 first, no level skipped', () => {
    const off = failing(({ structure }) => {
      const levels = headingLevels(structure);
      const skipped = levels.some((l, i) => i > 0 && l > levels[i - 1] + 1);
      return levels[0] === 1 && levels.filter((l) => l === 1).length === 1 && !skipped ? undefined : levels.join(' ');
    });
    expect(off).toEqual({});
  });

  it('give every table header cells', () => {
    const off = failing(({ structure }) => {
      const tables = structure.elements.filter((e) => e.role === 'Table');
      const without = tables.filter((t) => !t.descendants.includes('TH'));
      return without.length ? `${without.length} of ${tables.length} tables have no TH` : undefined;
    });
    expect(off).toEqual({});
    expect(printed.filter((p) => p.structure.elements.some((e) => e.role === 'TH')).length).toBeGreaterThan(printed.length / 2);
  });

  it('give the logo and every image its alternative text', () => {
    const off = failing(({ structure, source }) => {
      const figures = structure.elements.filter((e) => e.role === 'Figure');
      if (figures.some((f) => !f.alt?.trim())) return figures.map((f) => f.alt ?? '(no alt)');
      // The starters' project has a logo: its alternative text is the organisation.
      if (source.includes('samlinger') && !figures.some((f) => f.alt === 'Vestfold fylkeskommune')) return 'the logo is not a Figure with its alt text';
      return undefined;
    });
    expect(off).toEqual({});
  });

  it('keep the running footer and page numbers out of the structure a screen reader reads', async () => {
    const off: Record<string, unknown> = {};
    for (const { structure, language, source, name } of printed) {
      const pages = new Set(structure.elements.map((e) => e.page)).size;
      const pageLabel = fill(catalogue(language).labels.page, { page: 1, pages });
      // The footer's left box: the branding's footer, else the organiser.
      const footer = source.includes('samlinger') ? STARTERS_FOOTER : checkSource(await readFile(source, 'utf8'), source).gathering!.organiser;
      if (structure.text.includes(pageLabel)) off[name] = `"${pageLabel}" is in the structure`;
      else if (!structure.untagged.includes(pageLabel) || (footer && !structure.untagged.includes(footer)))
        off[name] = `the footer is not drawn outside the structure: ${structure.untagged.join(' | ')}`;
      else {
        // Untagged besides the footer: only what CSS draws (::before, ::after): a colon, the current session's marker.
        const other = structure.untagged.filter((t) => t !== footer && !/^(Side|Sida|Page) \d+ (av|af|of) \d+$/.test(t) && !/^[\s:▸]*$/.test(t));
        if (other.length) off[name] = other;
      }
    }
    expect(off).toEqual({});
  });

  it('read in the order of the page: the title, then the programme as the source has it', async () => {
    const off: Record<string, unknown> = {};
    for (const p of printed.filter((x) => !x.name.includes('.'))) {
      const { gathering: g } = checkSource(await readFile(p.source, 'utf8'), p.source);
      const titles = g!.days.flatMap((d) => d.programme.map((item) => item.title)).filter((t): t is string => !!t);
      const missing = inOrder(norm(p.structure.text), [g!.title, ...titles].map(norm));
      if (missing.missing) off[p.name] = missing;
    }
    expect(off).toEqual({});
  });
});
