/**
 * Property-based fuzzing of parse and check: arbitrary text, and the
 * examples with random mutations, always end in diagnostics (never a
 * throw, never the check-failed safety net), within the test's time, and
 * every position they give lies inside the file. `npm test` runs a fixed
 * seed and a bounded number of cases; `npm run fuzz` runs many more
 * (FUZZ_RUNS, and FUZZ_SEED for a seed of its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { ConfigSchema } from '../../src/model/config-schema.js';
import type { Diagnostic, Point } from '../../src/base/diagnostics/diagnostic.js';
import { readYaml } from '../../src/parse/yaml/read-yaml.js';

// The unit project runs a third of the cases, the volume project (npm test, CI) all of them.
const runs = Number(process.env.FUZZ_RUNS ?? (inject('sample') ? 50 : 150));
const seed = Number(process.env.FUZZ_SEED ?? 20261129);
const timeout = Math.max(120_000, runs * 200);
const params = { numRuns: runs, seed, endOnFailure: true };

const examplesDir = join(import.meta.dirname, '../../examples');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(examplesDir, f), 'utf8'));
const today = { year: 2026, month: 1, day: 1 };

/** Pieces that YAML and Markdown give meaning to, and the characters that upset printers. */
const tokens = [
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  '\n',
  '\r\n',
  '  ',
  '\t',
  '#',
  ' #',
  '|',
  '>',
  '&a ',
  '*a',
  '*b',
  ',',
  '? ',
  '!',
  '%',
  '@',
  '`',
  '---',
  '...',
  '\\',
  '\u001b',
  '\u0000',
  '\u202e',
  '\ufeff',
  'ø',
  '😀',
  '>>>>',
  '1. ',
  '* ',
  '    - ',
  '<<: ',
  'title: ',
  'date: ',
  '09:00',
  '2026-02-30',
  // Issue 25's vocabulary: the names on Object.prototype as keys and values, bidi and zero-width characters,
  // entity-encoded link schemes, and values past the limits of one text.
  ...Object.getOwnPropertyNames(Object.prototype).flatMap((name) => [name, `${name}: `, `\n${name}: x\n`]),
  'language: constructor',
  'rules:\n  __proto__: off\n',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  // The rest of the hidden class (src/base/hidden.ts): a byte order mark inside a text, tags, selectors, fillers, escapes of them.
  '\ufeff',
  '\u180e',
  '\u{e0068}',
  '\u{e0100}',
  '\ufe0f',
  '\u3164',
  '"\\u202E"',
  '&#x200B;',
  '[x](jav&#x61;script:alert(1))',
  '[x](&#106;avascript:a)',
  '[x](javascript\\:a)',
  '\n[r]: jav&#x61;script:a\n',
  '<jav&#x61;script:a>',
  'x'.repeat(20_001),
];

/** Every point of a span on a line of the file, its column at most one past the line's end. */
function outside(text: string, d: Diagnostic): string | undefined {
  if (!d.span) return undefined;
  const lines = text.split('\n');
  const bad = (p: Point) => p.line < 1 || p.line > lines.length || p.column < 1 || p.column > lines[p.line - 1].length + 1 || p.offset < 0 || p.offset > text.length;
  if (bad(d.span.start) || bad(d.span.end)) return `${d.code} at ${JSON.stringify(d.span)}`;
  if (d.span.end.offset < d.span.start.offset) return `${d.code} ends before it starts`;
  return undefined;
}

function holds(text: string): void {
  const { diagnostics } = checkSource(text, 'fuzz.md', { today });
  const faults = diagnostics.filter((d) => d.code === 'check-failed').map((d) => d.message);
  expect(faults).toEqual([]);
  // The parser is given the text without its byte order mark; positions count from there.
  const counted = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  expect(diagnostics.map((d) => outside(counted, d)).filter(Boolean)).toEqual([]);
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...tokens) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }), times: fc.integer({ min: 2, max: 50 }) }),
);

interface Step {
  kind: 'insert' | 'delete' | 'repeat';
  at: number;
  token?: string;
  length?: number;
  times?: number;
}

function mutate(text: string, steps: readonly Step[]): string {
  let s = text;
  for (const step of steps) {
    const at = step.at % (s.length + 1);
    if (step.kind === 'insert') s = s.slice(0, at) + step.token + s.slice(at);
    else if (step.kind === 'delete') s = s.slice(0, at) + s.slice(at + step.length!);
    else s = s.slice(0, at) + s.slice(at, at + step.length!).repeat(step.times!) + s.slice(at + step.length!);
  }
  return s;
}

describe('fuzzing parse and check', () => {
  it('arbitrary text', { timeout }, () => {
    const body = fc.string({ unit: fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 80 });
    fc.assert(
      fc.property(fc.constantFrom('', '---\n', '---\ntitle: T\ndate: 2026-03-01\n'), body, fc.constantFrom('', '\n---\n', '\n---\nTekst\n'), (open, middle, close) =>
        holds(open + middle + close),
      ),
      params,
    );
  });

  it('the examples, mutated', { timeout }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 5 }), (text, steps) => holds(mutate(text, steps))),
      params,
    );
  });

  it('the config, arbitrary and mutated', { timeout }, () => {
    const config = 'rules:\n  date-past: off\ntemplate: timetable\nbranding:\n  organisation: Kommunen\n  accent: "#336699"\nmax-warnings: 3\n';
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (steps) => {
        const text = mutate(config, steps);
        const lines = text.split('\n');
        const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length } };
        const read = readYaml(text, { file: 'agenda.config.yaml', offset: 0, lineOffset: 0, whole }, ConfigSchema);
        expect(read.diagnostics.map((d) => outside(text, d)).filter(Boolean)).toEqual([]);
      }),
      params,
    );
  });
});
