/**
 * Inputs for fuzzing the parser and the language server: every source the
 * repository has (examples, fixtures, the rules' examples) and a seeded
 * mutator that makes variants of their YAML (comments, blank lines, quotes,
 * odd values, shifted indentation, cut-off files …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/check/rules/index.js';

const root = join(import.meta.dirname, '..', '..');

function mdFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** Every whole source text: the examples, the test fixtures and the rules' ok and not-ok examples. */
export function allSources(): { name: string; text: string }[] {
  const out = [...mdFiles(join(root, 'examples')), ...mdFiles(join(root, 'test', 'fixtures'))].map((file) => ({
    name: file.slice(root.length + 1),
    text: readFileSync(file, 'utf8'),
  }));
  for (const rule of rules) for (const e of [...rule.ok, ...rule.notOk]) out.push({ name: `${rule.id}: ${e.title}`, text: e.source.nb });
  return out;
}

// A small seeded generator, so a failure can be replayed.
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pieces = [
  '# note',
  '#note',
  '',
  '   ',
  'x: 1',
  '- y',
  '  - z: 2',
  '...',
  '? k',
  'k: &a v',
  'k: *a',
  'k: !!str 12',
  'k: [a, b',
  'k: {a: 1}',
  'k: "q\\"x"',
  "k: 'it''s'",
  'k: |+',
  'k: >',
  'k: |2',
  'k:',
  'k: ~',
  'k: null',
  'k: true',
  'k: 0900',
  'k: 14.10',
  'k: a: b',
  'k: a #b',
  'k: a # b',
  'k: [a, [b, c], {d: e}]',
  'k: [a,]',
  'k: {a: [1, 2], "b": 3}',
  'k: - a',
  'k: "a" #c',
  'k: C#',
  'k: https://x.no/#top',
  'k: a:b',
  'kl:10: v',
  '"q": 1',
  'k : v',
  'k:\tv',
  'k: v\r',
  '1: v',
  'true: v',
  'k: |-',
  '- |',
  '-',
  // Issue 25: Object.prototype's names as keys and values, bidi and zero-width characters, encoded schemes.
  ...Object.getOwnPropertyNames(Object.prototype).flatMap((name) => [`${name}: x`, `k: ${name}`]),
  'k: a\u202eb',
  'k: a\u200bb\u2066c',
  'k: "[x](jav&#x61;script:a)"',
];

export function mutate(yaml: string, rnd: () => number): string {
  const lines = yaml.split('\n');
  const n = 1 + Math.floor(rnd() * 3);
  for (let m = 0; m < n; m++) {
    const i = Math.floor(rnd() * lines.length);
    const line = lines[i];
    const indent = /^ */.exec(line)![0];
    switch (Math.floor(rnd() * 12)) {
      case 0:
        lines.splice(i, 0, ' '.repeat(Math.floor(rnd() * 9)) + '# comment');
        break;
      case 1:
        lines.splice(i, 0, rnd() < 0.5 ? '' : ' '.repeat(1 + Math.floor(rnd() * 8)));
        break;
      case 2:
        lines[i] = line + ' '.repeat(1 + Math.floor(rnd() * 3));
        break;
      case 3:
        lines[i] = line + (rnd() < 0.5 ? ' # c' : ' #c');
        break;
      case 4:
        lines[i] = line.replace(/^(\s*(?:- )?[^:#"']+: )([^"'\[{|>#].*)$/, (_, k: string, v: string) => (rnd() < 0.5 ? `${k}"${v}"` : `${k}'${v}'`));
        break;
      case 5:
        lines.length = Math.max(1, i);
        break;
      case 6:
        lines[i] = rnd() < 0.5 ? line.slice(Math.min(indent.length, 1 + Math.floor(rnd() * 2))) : '  ' + line;
        break;
      case 7:
        lines[i] = line.replace(/^(\s*(?:- )?[^:#]+: ).*$/, `$1${['~', 'null', 'true', '123', '', '09.00', '-5', '[]', '{}', '""'][Math.floor(rnd() * 10)]}`);
        break;
      case 8:
        lines.splice(i, 0, indent + pieces[Math.floor(rnd() * pieces.length)]);
        break;
      case 9:
        lines.splice(i, 0, line);
        break;
      case 10:
        lines.push(rnd() < 0.5 ? '' : '# end');
        break;
      default:
        lines[i] = line.replace(/^(\s*)- /, (_, s: string) => s.slice(2) + '- ');
        break;
    }
  }
  return lines.join('\n');
}
