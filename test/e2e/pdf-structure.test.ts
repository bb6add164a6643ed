/**
 * The printed PDFs read back as a screen reader uses them, for every
 * template in every language (the starters) and for the examples with
 * their audience and group views: language and title set and the title
 * shown in the title bar, headings an outline without skipped levels,
 * tables with header cells, the logo with its alternative text, the running
 * footer outside the structure, and the structure read in the page's order.
 * Where Chromium's tagging falls short of PDF/UA-1, docs/reliability.md says so.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, fill } from '../../src/base/i18n/index.js';
import type { Manifest } from '../../src/drivers/build/cache.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { run } from '../cli/run.js';
import { envWith, inOrder, norm, png, root, tempDir } from '../drivers/build/helpers.js';
import { headingLevels, type PdfStructure, readStructure } from './pdf-structure.js';
import { STARTERS_FOOTER, starterProject } from './starters.js';

interface Printed {
  name: string;
  /** The source it was made from. */
  source: string;
  title: string;
  language: string;
  structure: PdfStructure;
  /** The organisation, when the project has a logo: the logo's alternative text. */
  logoAlt?: string;
}

const printed: Printed[] = [];
/** The same source printed through project partials that break each rule below on purpose. */
const planted: Printed[] = [];

async function buildAndRead(args: string[], cwd: string, sourceRoot: string, into = printed, logoAlt?: string): Promise<void> {
  const out = await tempDir('agenda-pdf-structure-');
  const r = await run(['build', ...args, '--out', out, '--audience', 'all', '--groups'], envWith(), cwd);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const record = JSON.parse(await readFile(join(out, '.agenda-build.json'), 'utf8')) as Manifest;
  for (const [name, e] of Object.entries(record.outputs)) {
    if (!e.files.includes(`${name}.pdf`)) continue;
    const structure = await readStructure(new Uint8Array(await readFile(join(out, `${name}.pdf`))));
    into.push({ name, source: join(sourceRoot, e.source), title: e.title, language: e.language, structure, logoAlt });
  }
}

beforeAll(async () => {
  await buildAndRead(['examples', '--today', '2020-02-01'], root, root);
  const project = await starterProject();
  await buildAndRead([join(project, 'samlinger'), '--today', '2026-01-12'], project, project, printed, 'Vestfold fylkeskommune');
  const broken = await plantedProject();
  await buildAndRead([join(broken, 'samling.md'), '--today', '2020-02-01'], broken, broken, planted, 'Regionalt skoleeiersamarbeid ØST');
}, 600_000);

/**
 * The Øst example, branded, printed through project partials that each break
 * one rule: no document language, the logo without alternative text, the
 * title not a heading and printed last, a heading level skipped, tables of
 * data cells only, and the page number as text in the page instead of in
 * its margin.
 */
async function plantedProject(): Promise<string> {
  const dir = await tempDir('agenda-pdf-planted-');
  const partials = join(dir, 'maler', 'partials');
  await mkdir(partials, { recursive: true });
  await writeFile(join(dir, 'agenda.config.yaml'), 'templates: maler\nbranding:\n  organisation: Regionalt skoleeiersamarbeid ØST\n  logo: logo.png\n');
  await writeFile(join(dir, 'logo.png'), png(0, 98, 122));
  await writeFile(join(dir, 'samling.md'), await readFile(join(root, 'examples', 'ost-oppstart-2020.md')));
  const builtIn = (name: string) => readFile(join(root, 'templates', 'partials', `${name}.hbs`), 'utf8');
  const plant = async (name: string, change: (text: string) => string) => {
    const text = await builtIn(name);
    const changed = change(text);
    expect(changed, `the planted ${name}.hbs changes nothing`).not.toBe(text);
    await writeFile(join(partials, `${name}.hbs`), changed);
  };
  await plant('layout', (t) => t.replace('<html lang="{{lang}}">', '<html>').replace('{{> @partial-block}}', '{{> @partial-block}}\n<p>{{title}}</p>\n<p>Side 1 av 1</p>'));
  await plant('footer', (t) => t.replace(/@bottom-right \{[^}]*\}/, ''));
  await plant('header', (t) => t.replace(/alt="[^"]*"/, 'alt=""').replace('<h1 class="title">{{title}}</h1>', ''));
  await plant('programme', (t) =>
    t.replace(/<h3 class="day-heading">(.*?)<\/h3>/, '<h4 class="day-heading">$1</h4>').replace(/<h2 class="block-heading">(.*?)<\/h2>/, '<h3 class="block-heading">$1</h3>'),
  );
  await plant('programme-table', (t) => t.replace(/<th\b/g, '<td').replace(/<\/th>/g, '</td>'));
  return dir;
}

/** Every printed PDF whose structure breaks `holds`: name → what was found. */
function failing(prints: Printed[], holds: (p: Printed) => unknown): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const p of prints) {
    const wrong = holds(p);
    if (wrong !== undefined) found[p.name] = wrong;
  }
  return found;
}

/** Each rule a screen reader needs, over a set of printed PDFs: name → what is wrong, {} when all hold. */
const checks: Record<string, (prints: Printed[]) => Promise<Record<string, unknown>> | Record<string, unknown>> = {
  'set the document language and title, tagged, and ask the viewer to show the title': (prints) => {
    // A view's PDF has the gathering's title (the record's entry of the whole view has it).
    const titleOf = new Map(prints.filter((p) => !p.name.includes('.')).map((p) => [p.source, p.title]));
    return failing(prints, ({ structure: s, language, source }) =>
      s.language === language && s.title === titleOf.get(source) && s.displayDocTitle && s.marked
        ? undefined
        : { language: s.language, title: s.title, displayDocTitle: s.displayDocTitle, marked: s.marked },
    );
  },

  'have headings that form an outline: one H1 first, no level skipped': (prints) =>
    failing(prints, ({ structure }) => {
      const levels = headingLevels(structure);
      const skipped = levels.some((l, i) => i > 0 && l > levels[i - 1] + 1);
      return levels[0] === 1 && levels.filter((l) => l === 1).length === 1 && !skipped ? undefined : levels.join(' ');
    }),

  'give every table header cells': (prints) =>
    failing(prints, ({ structure }) => {
      const tables = structure.elements.filter((e) => e.role === 'Table');
      const without = tables.filter((t) => !t.descendants.includes('TH'));
      return without.length ? `${without.length} of ${tables.length} tables have no TH` : undefined;
    }),

  'give the logo and every image its alternative text': (prints) =>
    failing(prints, ({ structure, logoAlt }) => {
      const figures = structure.elements.filter((e) => e.role === 'Figure');
      if (figures.some((f) => !f.alt?.trim())) return figures.map((f) => f.alt ?? '(no alt)');
      // A logo with an empty alt is left out of the structure as decoration: where the project has one, it is a Figure named for the organisation.
      if (logoAlt && !figures.some((f) => f.alt === logoAlt)) return 'the logo is not a Figure with its alt text';
      return undefined;
    }),

  'keep the running footer and page numbers out of the structure a screen reader reads': async (prints) => {
    const off: Record<string, unknown> = {};
    for (const { structure, language, source, name } of prints) {
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
    return off;
  },

  'read in the order of the page: the title, then the programme as the source has it': async (prints) => {
    const off: Record<string, unknown> = {};
    for (const p of prints.filter((x) => !x.name.includes('.'))) {
      const { gathering: g } = checkSource(await readFile(p.source, 'utf8'), p.source);
      const titles = g!.days.flatMap((d) => d.programme.map((item) => item.title)).filter((t): t is string => !!t);
      const missing = inOrder(norm(p.structure.text), [g!.title, ...titles].map(norm));
      if (missing.missing) off[p.name] = missing;
    }
    return off;
  },
};

describe('the printed PDFs, read back', { timeout: 120_000 }, () => {
  it('are every template in every language, and the examples with their views', () => {
    const starters = printed.filter((p) => p.source.includes('samlinger'));
    expect(new Set(starters.map((p) => p.language))).toEqual(new Set(['nb', 'nn', 'da', 'sv', 'en']));
    expect(starters.filter((p) => !p.name.includes('.'))).toHaveLength(20);
    expect(printed.length).toBeGreaterThanOrEqual(20 + 5 + 5);
    expect(printed.filter((p) => p.structure.elements.some((e) => e.role === 'TH')).length).toBeGreaterThan(printed.length / 2);
  });

  for (const [rule, check] of Object.entries(checks)) {
    it(rule, async () => {
      expect(await check(printed)).toEqual({});
    });
  }
});

describe('each check, on a print made to break it', { timeout: 120_000 }, () => {
  it('has the planted print to read', () => {
    expect(planted.map((p) => p.name)).toContain('samling');
  });

  // The document's language and title are the tool's to write into the PDF, whatever the template says (pdf-renderer.test.ts plants that).
  for (const [rule, check] of Object.entries(checks).filter(([rule]) => !rule.startsWith('set the document language'))) {
    it(`fails: ${rule}`, async () => {
      expect(Object.keys(await check(planted.filter((p) => p.name === 'samling')))).toEqual(['samling']);
    });
  }
});
