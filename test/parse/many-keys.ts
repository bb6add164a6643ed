import { FrontMatter } from '../../src/model/schema.js';
import { parseSource } from '../../src/parse/parse.js';
import { readYaml } from '../../src/parse/yaml/read-yaml.js';

/** A front matter with `n` facts keys, read as YAML alone (as a source, so much text is over the page's limit: page-too-large). */
export function readManyKeys(n: number): { diagnostics: unknown[]; keys: number } {
  const facts = Array.from({ length: n }, (_, i) => `  k${i}: v${i}\n`).join('');
  const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const read = readYaml(`title: T\ndate: 2026-03-01\nfacts:\n${facts}`, { file: 'x.md', offset: 4, lineOffset: 1, whole }, FrontMatter);
  return { diagnostics: read.diagnostics, keys: Object.keys(read.value?.facts ?? {}).length };
}

/** A source with `n` quoted facts keys (the yaml package's road, not the simple reader's) and one of them again at the end: its diagnostics' codes and lines. */
export function readQuotedKeys(n: number): [string, number | undefined][] {
  const facts = Array.from({ length: n }, (_, i) => `  "k${i}": v${i}\n`).join('');
  const { gathering, diagnostics } = parseSource(`---\ntitle: T\ndate: 2026-03-01\nfacts:\n${facts}  "k7": again\n---\n`, 'x.md');
  return gathering ? [] : diagnostics.map((d) => [d.code, d.span?.start.line]);
}
