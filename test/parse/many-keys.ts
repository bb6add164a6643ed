/** A front matter with `n` facts keys, read as YAML alone (as a source, so much text is over the page's limit: page-too-large). */
import { FrontMatter } from '../../src/model/schema.js';
import { readYaml } from '../../src/parse/yaml/read-yaml.js';

export function readManyKeys(n: number): { diagnostics: unknown[]; keys: number } {
  const facts = Array.from({ length: n }, (_, i) => `  k${i}: v${i}\n`).join('');
  const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const read = readYaml(`title: T\ndate: 2026-03-01\nfacts:\n${facts}`, { file: 'x.md', offset: 4, lineOffset: 1, whole }, FrontMatter);
  return { diagnostics: read.diagnostics, keys: Object.keys(read.value?.facts ?? {}).length };
}
