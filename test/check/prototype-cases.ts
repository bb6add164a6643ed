/**
 * Words that name Object's own properties put at every site of a source's
 * front matter, for prototype-names.test.ts (a sample of the words at every
 * site) and prototype-names.volume.test.ts (every word at every site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { checkSource, type Project } from '../../src/pipeline/compile.js';
import { readConfigText } from '../../src/pipeline/config.js';
import { compile } from '../pipeline/in-memory.js';
import { templateNames } from '../../src/render/template-names.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';

export const root = join(import.meta.dirname, '..', '..');
export const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
/** A word no table has: what every prototype name must behave like. */
export const plain = 'zqxwv';
export const today = { year: 2019, month: 1, day: 1 };
/** Rendering is slower than checking: the names that differ in kind (a function, the prototype's accessor, a method) are rendered. */
const rendered = new Set(['constructor', '__proto__', 'toString']);

type Path = (string | number)[];
export interface Site {
  kind: 'value' | 'key';
  path: Path;
}

/** One site per field (list indexes and author-named keys folded), each a value to replace or a map to add a key to. */
export function sitesOf(doc: Document): Site[] {
  const seen = new Set<string>();
  const out: Site[] = [];
  const walk = (node: Node | null, path: Path) => {
    const shape = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
    if (isScalar(node) && !seen.has(`v ${shape}`)) {
      seen.add(`v ${shape}`);
      out.push({ kind: 'value', path });
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...path, i]));
    else if (isMap(node)) {
      if (!seen.has(`k ${shape}`)) {
        seen.add(`k ${shape}`);
        out.push({ kind: 'key', path });
      }
      for (const pair of node.items) walk(pair.value as Node, [...path, String((pair.key as { value: unknown }).value)]);
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

/** The front matter `parsed` with `word` at `site` (parsed once per file and copied: a parse per variant was a third of the time). */
export function variant(parsed: Document, site: Site, word: string): string {
  const doc = parsed.clone();
  if (site.kind === 'value') doc.setIn(site.path, word);
  else doc.setIn([...site.path, word], site.path.at(-1) === 'audiences' ? 'Gjester' : 'tekst');
  return doc.toString({ lineWidth: 0 });
}

const split = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { yaml: m[1], body: m[2] };
};

/** What a user sees of the diagnostics, with the word itself taken out of the messages. */
export const shape = (list: readonly Diagnostic[]) => list.map((d) => `${d.severity} ${d.code} ${d.span?.start.line ?? ''}`).sort();

/**
 * What the word must give where an ordinary word gives `ordinary`: the same,
 * except that a key `__proto__` is one `key-reserved` error at its line in
 * place of what the ordinary key gave there (it cannot be kept as a name).
 * Such a file is refused before the rules run, so the errors are compared:
 * the rules' warnings over the rest, which an unknown ordinary key leaves
 * in place, are not given.
 */
export function expectedFor(word: string, site: Site, text: string, ordinary: readonly string[]): string[] {
  if (word !== '__proto__' || site.kind !== 'key') return [...ordinary];
  const line = text.split('\n').findIndex((l) => /(?:^|[\s{,])__proto__:/.test(l)) + 1;
  return [...ordinary.filter((s) => !s.endsWith(` ${line}`) && s.startsWith('error ')), `error key-reserved ${line}`].sort();
}

export const examples = ['ost-oppstart-2020', 'kongsberg-samling-2025', 'asker-ledernettverk-nov-2018'].map((n) => readFileSync(join(root, 'examples', `${n}.md`), 'utf8'));

const project: Project = { root, config: {}, templateNames: templateNames(), today, request: { audiences: 'all', groups: true } };
const context = { sourceId: 'x.md', date: new Date(1_700_000_000_000) };

/**
 * Each example with the words `pick` gives for each site (numbered across
 * the examples) in place of an ordinary word: what differs from what the
 * ordinary word gives there, or a render that fails, one line each.
 */
export function sourceSitesWrong(pick: (index: number, site: Site) => readonly string[]): string[] {
  const wrong: string[] = [];
  let index = 0;
  for (const text of examples) {
    const { yaml, body } = split(text);
    const parsed = parseDocument(yaml);
    for (const site of sitesOf(parsed)) {
      const words = pick(index++, site);
      if (words.length === 0) continue;
      const ordinary = shape(checkSource(`---\n${variant(parsed, site, plain)}\n---\n${body}`, 'x.md', { today, templates: project.templateNames }).diagnostics);
      for (const word of words) {
        const source = `---\n${variant(parsed, site, word)}\n---\n${body}`;
        const got = checkSource(source, 'x.md', { today, templates: project.templateNames });
        const refused = word === '__proto__' && site.kind === 'key';
        const seen = shape(got.diagnostics).filter((s) => !refused || s.startsWith('error '));
        const expected = expectedFor(word, site, source, ordinary);
        if (JSON.stringify(seen) !== JSON.stringify(expected))
          wrong.push(`${site.kind} ${site.path.join('.')} = ${word}: ${seen.join(', ')} (an ordinary word: ${expected.join(', ')})`);
        else if (rendered.has(word) && !got.diagnostics.some((d) => d.severity === 'error')) {
          const made = compile(source, 'x.md', project, 'x', context);
          const failed = made.diagnostics.filter((d) => d.severity === 'error');
          if (failed.length > 0 || made.views.length === 0) wrong.push(`${site.kind} ${site.path.join('.')} = ${word}: render ${failed.map((d) => d.message).join('; ')}`);
        }
      }
    }
  }
  return wrong;
}

const config = `rules:
  date-past: off
  gap: warning
template: timetable
branding:
  organisation: Kommunen
  accent: "#336699"
  footer: Kommunen – oppvekst
audiences: [owners]
groups: true
link: https://example.no/{name}.html
time-separator: "."
max-warnings: 3
sources: ["**/*.md"]
exclude: [drafts/**]
`;

/** The config with the words `pick` gives for each of its sites in place of an ordinary word, and a source checked under it: what differs, one line each. */
export function configSitesWrong(pick: (index: number, site: Site) => readonly string[]): string[] {
  const source = examples[0];
  const wrong: string[] = [];
  const run = (text: string) => {
    const read = readConfigText(text, join(root, 'agenda.config.yaml'));
    const checked = checkSource(source, 'x.md', { today, rules: read.config.rules, templates: read.templateNames });
    return [...read.diagnostics, ...checked.diagnostics];
  };
  let index = 0;
  const parsed = parseDocument(config);
  for (const site of sitesOf(parsed)) {
    const words = pick(index++, site);
    if (words.length === 0) continue;
    const ordinary = shape(run(variant(parsed, site, plain)));
    for (const word of words) {
      const text = variant(parsed, site, word);
      const seen = shape(run(text));
      const expected = expectedFor(word, site, text, ordinary);
      if (JSON.stringify(seen) !== JSON.stringify(expected))
        wrong.push(`${site.kind} ${site.path.join('.')} = ${word}: ${seen.join(', ')} (an ordinary word: ${expected.join(', ')})`);
    }
  }
  return wrong;
}
