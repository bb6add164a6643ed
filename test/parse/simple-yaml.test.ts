/**
 * The simple YAML reader against the `yaml` package: whatever the simple
 * reader accepts, it must read as the package does (the data zod sees,
 * every node's range, the file positions of every span), with nothing the
 * package would report. Checked on every source the repository has and on
 * thousands of variants of them (comments, blank lines, quotes, odd values,
 * shifted indentation …); what the simple reader declines goes the full road.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locationOf } from '../../src/model/location.js';
import { LineIndex } from '../../src/base/lines.js';
import { readYaml, type YamlPlace } from '../../src/parse/yaml/read-yaml.js';
import { FrontMatter } from '../../src/model/schema.js';
import { simpleData } from '../../src/parse/simple-locate.js';
import { parseSimpleYaml, type SimpleNode } from '../../src/parse/yaml/simple-yaml.js';
import { toData } from '../../src/parse/yaml/yaml-nodes.js';
import { keyText } from '../../src/parse/yaml/yaml-scan.js';
import { rules } from '../../src/check/rules/index.js';
import { mutate, random } from './fuzz-inputs.js';

const root = join(import.meta.dirname, '..', '..');

function mdFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** The front matter's YAML, as parse.ts cuts it out. */
function frontMatter(source: string): string | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  return m?.[1];
}

const sources: { name: string; yaml: string }[] = [];
for (const file of [...mdFiles(join(root, 'examples')), ...mdFiles(join(root, 'test', 'fixtures'))]) {
  const yaml = frontMatter(readFileSync(file, 'utf8'));
  if (yaml !== undefined) sources.push({ name: file.slice(root.length + 1), yaml });
}
for (const rule of rules) {
  for (const e of [...rule.ok, ...rule.notOk]) {
    for (const [language, source] of Object.entries(e.source)) {
      const yaml = frontMatter(source);
      if (yaml !== undefined) sources.push({ name: `${rule.id}: ${e.title} (${language})`, yaml });
    }
  }
}

/** The ways the simple reader could go wrong, as differences from the `yaml` package. */
function differences(yaml: string): { accepted: boolean; problems: string[] } {
  const simple = parseSimpleYaml(yaml);
  if (!simple) return { accepted: false, problems: [] };
  const problems: string[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  for (const e of [...doc.errors, ...doc.warnings]) problems.push(`yaml reports ${e.code}: ${e.message}`);
  visit(doc, {
    Scalar(_k, node) {
      if (node.type === Scalar.PLAIN && node.comment && !/^\s/.test(node.comment)) problems.push(`comment "#${node.comment}" would be reported`);
    },
  });
  if (problems.length) return { accepted: true, problems };
  compareNodes(simple.root, doc.contents, doc, '', problems);
  try {
    expect(simpleData(simple.root)).toEqual(toData(doc));
  } catch {
    problems.push('the data differ');
  }
  if (JSON.stringify(simple.lineStarts) !== JSON.stringify(lineCounter.lineStarts)) problems.push('line starts differ');
  return { accepted: true, problems };
}

function compareNodes(simple: SimpleNode, node: unknown, doc: Document, path: string, problems: string[]): void {
  const range = (node as { range?: number[] } | null)?.range;
  if (!range || range[0] !== simple.start || range[1] !== simple.end) {
    problems.push(`${path || 'root'}: range [${simple.start}, ${simple.end}], the package's [${range?.slice(0, 2)}]`);
  }
  if (simple.kind === 'scalar') {
    if (!isScalar(node)) problems.push(`${path}: a scalar, the package's is not`);
  } else if (simple.kind === 'map') {
    if (!isMap(node)) return void problems.push(`${path}: a map, the package's is not`);
    const keys = node.items.map((p) => keyText(p.key));
    if (JSON.stringify(keys) !== JSON.stringify(simple.keys)) return void problems.push(`${path}: keys ${simple.keys}, the package's ${keys}`);
    simple.values.forEach((v, i) => compareNodes(v, node.items[i].value, doc, `${path}.${simple.keys[i]}`, problems));
  } else {
    if (!isSeq(node)) return void problems.push(`${path}: a list, the package's is not`);
    if (node.items.length !== simple.items.length) return void problems.push(`${path}: ${simple.items.length} items, the package's ${node.items.length}`);
    simple.items.forEach((v, i) => compareNodes(v, node.items[i], doc, `${path}[${i}]`, problems));
  }
}

/** Every location below a value (its span, and each field's and list item's), for comparing two located values. */
function spansOf(value: unknown, out: unknown[] = [], seen = new Set<object>()): unknown[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const location = locationOf(value);
  if (location) {
    const fields: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      fields[key] = location.field(key);
      fields[`${key}:key`] = location.key(key);
      if (Array.isArray(v)) v.forEach((_, i) => (fields[`${key}.${i}`] = location.field(key, i)));
    }
    out.push({ span: location.span, fields });
  } else {
    out.push(Array.isArray(value) ? 'list' : 'no location');
  }
  for (const child of Object.values(value)) spansOf(child, out, seen);
  return out;
}

const place: YamlPlace = {
  file: 'input.md',
  offset: 4,
  lineOffset: 1,
  whole: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
};

describe('the simple YAML reader', () => {
  it('reads every example and seed (the fast road is the usual one)', () => {
    const usual = sources.filter((s) => /^(examples|test\/fixtures\/seeds)\//.test(s.name));
    expect(usual.length).toBeGreaterThanOrEqual(10);
    expect(usual.filter((s) => !parseSimpleYaml(s.yaml)).map((s) => s.name)).toEqual([]);
  });

  for (const { name, yaml } of sources) {
    it(`agrees with the yaml package: ${name}`, () => {
      expect(differences(yaml).problems).toEqual([]);
      const simple = readYaml(yaml, place, FrontMatter);
      const full = readYaml(yaml, place, FrontMatter, { simple: false });
      expect(simple.diagnostics).toEqual(full.diagnostics);
      expect(JSON.stringify(simple.value)).toBe(JSON.stringify(full.value));
      expect(JSON.stringify(spansOf(simple.value))).toBe(JSON.stringify(spansOf(full.value)));
      // Placed through the file's lines, indexed once (as the parser does), the spans are the same.
      const lines = new LineIndex(`---\n${yaml}`);
      for (const simpleRoad of [true, false]) {
        const indexed = readYaml(yaml, { ...place, lines }, FrontMatter, { simple: simpleRoad });
        expect(JSON.stringify(spansOf(indexed.value))).toBe(JSON.stringify(spansOf(full.value)));
      }
    });
  }

  const shapes = [
    'programme:\n- time: 1\n  title: a\n- time: 2\nnext: x',
    'a:\n  - |\n    text\n    more\n  - b',
    'a:\n  -\n    k: v\n  -\n    - x',
    'a: [{date: 1, venue: x y}, {date: 2}]\nb: {a: [1, 2], c: d}',
    "a: 'it''s'\nb: \"x y\"\nc: ''",
    'kl:10: v\nb: http://x.no:80/a',
    'a: |\n  one\n\n  two\n\n',
    'a: |-\n  one\n  two',
    'a: |\n  one\n    deeper\n  back\nb: 1',
    'a:\n  b:\n    c:\n      - d\n      - e\n  f: g\nh: i\n',
    'a: ~\nb: null\nc: true\nd: False\ne: 0900\nf: 14.10\ng: .inf\nh: 0x1F',
    'a: [~, x]\nb: {c: ~, d: 1}',
    '# top\n\na: 1 # c\n# mid\nb:   2   \n',
    'a:\n  # c\n  - 1\n  # d\n  - 2\nb: 3',
    'a: {x: y}   # c\nb: [ 1 , 2 ]',
    'a: |\n\n  x',
    'a: |\n  x\n  \n  y',
  ];
  for (const yaml of shapes) {
    it(`reads ${JSON.stringify(yaml)} as the yaml package does`, () => {
      expect(differences(yaml)).toEqual({ accepted: true, problems: [] });
    });
  }

  it('agrees on thousands of variants, or declines them', () => {
    const rnd = random(Number(process.env.SEED ?? 20260321));
    let accepted = 0;
    let total = 0;
    const failures: string[] = [];
    for (const { name, yaml } of sources) {
      for (let k = 0; k < 40; k++) {
        const variant = mutate(yaml, rnd);
        total++;
        const d = differences(variant);
        if (!d.accepted) continue;
        accepted++;
        if (d.problems.length) {
          failures.push(`${name} #${k}: ${d.problems.slice(0, 3).join('; ')}\n${variant}`);
          continue;
        }
        const simple = readYaml(variant, place, FrontMatter);
        const full = readYaml(variant, place, FrontMatter, { simple: false });
        if (JSON.stringify([simple.diagnostics, simple.value, spansOf(simple.value)]) !== JSON.stringify([full.diagnostics, full.value, spansOf(full.value)])) {
          failures.push(`${name} #${k}: readYaml differs\n${variant}`);
        }
      }
    }
    expect(failures.slice(0, 3)).toEqual([]);
    // The variants must exercise the simple reader, not only its refusals.
    expect(accepted / total).toBeGreaterThan(0.3);
  }, 60_000);
});
