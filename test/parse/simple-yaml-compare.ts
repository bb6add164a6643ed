/**
 * The simple YAML reader compared with the `yaml` package, for
 * simple-yaml.test.ts (every source, and a sample of variants) and
 * simple-yaml.volume.test.ts (forty variants of every source).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';
import { expect } from 'vitest';
import { locationOf } from '../../src/model/location.js';
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

export const sources: { name: string; yaml: string }[] = [];
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
export function differences(yaml: string): { accepted: boolean; problems: string[] } {
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
export function spansOf(value: unknown, out: unknown[] = [], seen = new Set<object>()): unknown[] {
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

export const place: YamlPlace = {
  file: 'input.md',
  offset: 4,
  lineOffset: 1,
  whole: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
};

/** Checks `perSource` seeded variants of every source: what the simple reader accepts, it reads as the package does, through readYaml too. */
export function variantsAgree(perSource: number): { failures: string[]; accepted: number; total: number } {
  const rnd = random(Number(process.env.SEED ?? 20260321));
  let accepted = 0;
  let total = 0;
  const failures: string[] = [];
  for (const { name, yaml } of sources) {
    for (let k = 0; k < perSource; k++) {
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
  return { failures, accepted, total };
}
