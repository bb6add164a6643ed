/**
 * Words that name Object's own properties (`constructor`, `__proto__`,
 * `toString`, `hasOwnProperty` …) are words like any other: put as a key or
 * a value anywhere in a source's front matter, or in the config, each gives
 * exactly the diagnostics an ordinary unknown word gives in its place, and a
 * source that checks clean with one renders. A lookup keyed by the user's
 * text that reached Object.prototype crashed the check ("table[…]?.find is
 * not a function") or took the word for a known one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { checkSource, type Project } from '../../src/pipeline/compile.js';
import { compile } from '../pipeline/in-memory.js';
import { readConfigText } from '../../src/pipeline/config.js';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { templateNames } from '../../src/render/template-names.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';
import { allowedAt } from '../../src/model/schema-at.js';
import { FrontMatter } from '../../src/model/schema.js';
import { ConfigSchema } from '../../src/model/config-schema.js';

const root = join(import.meta.dirname, '..', '..');
export const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
/** A word no table has: what every prototype name must behave like. */
const plain = 'zqxwv';
const today = { year: 2019, month: 1, day: 1 };
/** Rendering is slower than checking: the names that differ in kind (a function, the prototype's accessor, a method) are rendered. */
const rendered = new Set(['constructor', '__proto__', 'toString']);

type Path = (string | number)[];
interface Site {
  kind: 'value' | 'key';
  path: Path;
}

/** One site per field (list indexes and author-named keys folded), each a value to replace or a map to add a key to. */
function sitesOf(doc: Document): Site[] {
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

function variant(yaml: string, site: Site, word: string): string {
  const doc = parseDocument(yaml);
  if (site.kind === 'value') doc.setIn(site.path, word);
  else doc.setIn([...site.path, word], site.path.at(-1) === 'audiences' ? 'Gjester' : 'tekst');
  return doc.toString({ lineWidth: 0 });
}

const split = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { yaml: m[1], body: m[2] };
};

/** What a user sees of the diagnostics, with the word itself taken out of the messages. */
const shape = (list: readonly Diagnostic[]) => list.map((d) => `${d.severity} ${d.code} ${d.span?.start.line ?? ''}`).sort();

/**
 * What the word must give where an ordinary word gives `ordinary`: the same,
 * except that a key `__proto__` is one `key-reserved` error at its line in
 * place of what the ordinary key gave there (it cannot be kept as a name).
 * Such a file is refused before the rules run, so the errors are compared:
 * the rules' warnings over the rest, which an unknown ordinary key leaves
 * in place, are not given.
 */
function expectedFor(word: string, site: Site, text: string, ordinary: readonly string[]): string[] {
  if (word !== '__proto__' || site.kind !== 'key') return [...ordinary];
  const line = text.split('\n').findIndex((l) => /(?:^|[\s{,])__proto__:/.test(l)) + 1;
  return [...ordinary.filter((s) => !s.endsWith(` ${line}`) && s.startsWith('error ')), `error key-reserved ${line}`].sort();
}

const examples = ['ost-oppstart-2020', 'kongsberg-samling-2025', 'asker-ledernettverk-nov-2018'].map((n) => readFileSync(join(root, 'examples', `${n}.md`), 'utf8'));

const project: Project = { root, config: {}, templateNames: templateNames(), today, request: { audiences: 'all', groups: true } };
const context = { sourceId: 'x.md', date: new Date(1_700_000_000_000) };

describe('names of Object.prototype in a source', () => {
  beforeAll(loadMarkdown);

  it('as any key or value, give what an ordinary word gives there, and render when clean', { timeout: 300_000 }, () => {
    const wrong: string[] = [];
    for (const text of examples) {
      const { yaml, body } = split(text);
      for (const site of sitesOf(parseDocument(yaml))) {
        const ordinary = shape(checkSource(`---\n${variant(yaml, site, plain)}\n---\n${body}`, 'x.md', { today, templates: project.templateNames }).diagnostics);
        for (const word of prototypeNames) {
          const source = `---\n${variant(yaml, site, word)}\n---\n${body}`;
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
    expect(wrong).toEqual([]);
  });
});

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

describe('names of Object.prototype in the config', () => {
  it('as any key or value, give what an ordinary word gives there, and the sources are checked', { timeout: 60_000 }, () => {
    const source = examples[0];
    const wrong: string[] = [];
    const run = (text: string) => {
      const read = readConfigText(text, join(root, 'agenda.config.yaml'));
      const checked = checkSource(source, 'x.md', { today, rules: read.config.rules, templates: read.templateNames });
      return [...read.diagnostics, ...checked.diagnostics];
    };
    for (const site of sitesOf(parseDocument(config))) {
      const ordinary = shape(run(variant(config, site, plain)));
      for (const word of prototypeNames) {
        const text = variant(config, site, word);
        const seen = shape(run(text));
        const expected = expectedFor(word, site, text, ordinary);
        if (JSON.stringify(seen) !== JSON.stringify(expected))
          wrong.push(`${site.kind} ${site.path.join('.')} = ${word}: ${seen.join(', ')} (an ordinary word: ${expected.join(', ')})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('names of Object.prototype in the schema walk the editor completes from', () => {
  it('find nothing allowed under them, as under any unknown key', () => {
    for (const word of prototypeNames) {
      expect(allowedAt(FrontMatter, [word]), word).toEqual({ keys: [], values: [], namedKeys: false });
      expect(allowedAt(FrontMatter, ['venue', word, 'x']), word).toEqual({ keys: [], values: [], namedKeys: false });
      expect(allowedAt(ConfigSchema, ['branding', word]), word).toEqual({ keys: [], values: [], namedKeys: false });
    }
  });
});
