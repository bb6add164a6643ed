/**
 * The format guide is what a secretary copies from: in every language, each
 * source example in it must check clean as printed, and an example that
 * shows a mistake on purpose (a `<!-- finding: code -->` line above its
 * fence) must give exactly that finding. So a guide cannot drift from the
 * format.
 *
 * A fragment is checked in the smallest file around it: a title, a date
 * near the dates it names, and the guide's language. Where it needs more
 * (the audiences its items are for, the gathering a deadline is before), a
 * comment above its fence gives the front matter around it, `…` on a line
 * of its own where the example goes:
 *
 *     <!-- checked in:
 *     date: 2026-04-20
 *     -->
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compounds, kindWords } from '../../src/model/item-kinds.js';
import { readConfigText } from '../../src/pipeline/config.js';
import { checkSource } from '../../src/pipeline/compile.js';

const root = join(import.meta.dirname, '..', '..');
export const guides = ['docs/format.md', 'docs/nb/format.md', 'docs/nn/format.md', 'docs/da/format.md', 'docs/sv/format.md'];

export interface Example {
  line: number;
  lang: 'yaml' | 'markdown';
  text: string;
  /** The codes the guide says this example gives (a mistake shown on purpose); none for a clean one. */
  expected: string[];
  /** The front matter the guide says the fragment stands in, if any. */
  context?: string;
}

/** Every fenced YAML or Markdown block of a guide, with the finding the line above it announces. */
export function examples(page: string): Example[] {
  const found: Example[] = [];
  for (const m of page.matchAll(/^((?:<!-- (?:finding: [\w -]+|checked in:\n[\s\S]*?\n)-->\n)*)```(yaml|markdown)\n([\s\S]*?)```$/gm)) {
    const line = page.slice(0, m.index + m[1].length).split('\n').length;
    const expected = /<!-- finding: ([\w -]+) -->/.exec(m[1])?.[1].trim().split(/\s+/) ?? [];
    const context = /<!-- checked in:\n([\s\S]*?\n)-->/.exec(m[1])?.[1];
    found.push({ line, lang: m[2] as Example['lang'], text: m[3], expected, context });
  }
  return found;
}

/** A date in the example, as ISO, for the gathering a fragment is checked in: its days and sessions are then near it. */
function firstDate(text: string): string {
  const iso = /\b(\d{4})-(\d\d)-(\d\d)\b/.exec(text);
  if (iso) return iso[0];
  const nordic = /\b(\d\d)\.(\d\d)\.(\d{4})\b/.exec(text);
  return nordic ? `${nordic[3]}-${nordic[2]}-${nordic[1]}` : '2026-02-12';
}

/** The source an example is checked as: a whole file as it stands, a fragment of front matter or a body in the smallest file around it. */
export function asSource(example: Example, language?: string): string {
  const { text } = example;
  if (text.startsWith('---\n')) return text;
  if (example.lang === 'markdown') return `---\ntitle: Samling\ndate: 2026-02-12\n---\n\n${text}`;
  const context = example.context ?? '…\n';
  const place = /^( *)…$/m.exec(context);
  const yaml = place ? context.replace(place[0], () => text.replace(/\n$/, '').replace(/^(?=.)/gm, place[1])) : context + text;
  const head = [
    /^title:/m.test(yaml) ? '' : 'title: Samling\n',
    /^date:/m.test(yaml) ? '' : `date: ${firstDate(text)}\n`,
    /^language:/m.test(yaml) || !language ? '' : `language: ${language}\n`,
  ].join('');
  return `---\n${head}${yaml}---\n\nTekst.\n`;
}

const isOutline = (e: Example) => /^title: …$/m.test(e.text);
const isConfig = (e: Example) => e.text.startsWith('# agenda.config.yaml\n');

function findings(example: Example, file: string): string[] {
  if (isConfig(example)) return readConfigText(example.text, file).diagnostics.map((d) => `${d.code} ${d.message}`);
  // A fragment of a translated guide stands in a source of that language: a Swedish "Fika" is a break there, not in bokmål.
  const language = /^docs\/(\w\w)\//.exec(file)?.[1];
  return checkSource(asSource(example, language), file).diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe.each(guides)('%s', (guide) => {
  const page = readFileSync(join(root, guide), 'utf8');
  const all = examples(page);

  it('has source examples to check', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all.filter((e) => !isOutline(e)).map((e) => [e.line, e] as const))('the example at line %i checks as the guide says', (_, example) => {
    const got = findings(example, `${guide}:${example.line}`);
    expect(
      got.map((f) => f.split(' ')[0]),
      got.join('\n'),
    ).toEqual(example.expected);
  });

  it('lists every word a break or a meal is known by', () => {
    for (const [language, kinds] of Object.entries(kindWords)) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`${language}\` |`));
      const ends = [...compounds[language as 'nb'].meal, ...compounds[language as 'nb'].break].join(', ');
      expect(row, language).toBe(`| \`${language}\` | ${kinds.break.join(', ')} | ${kinds.meal.join(', ')} | ${ends} |`);
    }
  });

  it('links only to its own sections that exist (a translated heading has an anchor of its own)', () => {
    const outside = page.replace(/```[\s\S]*?```/g, '');
    const anchors = new Set(
      [...outside.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        m[1]
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
    );
    const links = [...outside.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });

  it('links only to files that exist (the rules in its language, the examples)', () => {
    const outside = page.replace(/```[\s\S]*?```/g, '');
    const files = [...outside.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1]);
    expect(files.filter((f) => !existsSync(join(root, dirname(guide), f)))).toEqual([]);
  });

  it('links at its top to the guide in every other language', () => {
    const top = page.split('\n').slice(0, 5).join('\n');
    for (const other of guides.filter((g) => g !== guide)) {
      expect(top, other).toContain(`](${relative(dirname(guide), other)})`);
    }
  });
});
