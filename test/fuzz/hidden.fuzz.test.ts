/**
 * Property-based fuzzing of issue 25's point 2: the examples with bidi
 * controls, marks, zero-width, tag and other invisible characters (and the
 * letters and emoji that make some of them legitimate) inserted at random.
 * check and the renderer decide alike (a source gets a `hidden-character`
 * warning exactly when a text of it holds a hidden character), every
 * warning points at such a character as written, and what the renderer is
 * given holds none, and the fixes check offers leave no warning behind. `npm test` runs a fixed seed and a bounded number of
 * cases; `npm run fuzz` many more (FUZZ_RUNS, FUZZ_SEED).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { hiddenIn, mayHide } from '../../src/base/hidden.js';
import { bodySlots, mapShown, shownGathering } from '../../src/model/shown-texts.js';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { checkSource } from '../../src/pipeline/compile.js';

// Each case parses, checks and walks a whole example twice: fewer cases than parse.fuzz in `npm test`, as many in `npm run fuzz`.
// The unit project runs a third of the cases, the volume project (npm test, CI) all of them.
const runs = Number(process.env.FUZZ_RUNS ?? (inject('sample') ? 17 : 50));
const seed = Number(process.env.FUZZ_SEED ?? 20261207);
const timeout = Math.max(120_000, runs * 200);
const params = { numRuns: runs, seed, endOnFailure: true };

const examplesDir = join(import.meta.dirname, '../../examples');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(examplesDir, f), 'utf8'));
const today = { year: 2026, month: 1, day: 1 };

/** The class, its escapes, and what makes some of it legitimate (right-to-left letters, joining scripts, emoji, Thai). */
const tokens = [
  ...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff\u180e\u2062\u3164\u115f\u00ad\ufe0f\ufe0e',
  '\u{e0068}',
  '\u{e007f}',
  '\u{e0100}',
  '\\u202E',
  '&#x200B;',
  '&#8238;',
  'ש',
  'م',
  'ی',
  'क्',
  'ไ',
  '👩',
  '🏴',
  ' ',
];

const insertions = fc.array(fc.record({ at: fc.nat(), token: fc.constantFrom(...tokens) }), { minLength: 1, maxLength: 8 });

function insert(text: string, steps: readonly { at: number; token: string }[]): string {
  let s = text;
  for (const { at, token } of steps) {
    const i = at % (s.length + 1);
    // Not inside a surrogate pair: that would make another text than the one meant.
    const j = /[\udc00-\udfff]/.test(s.charAt(i)) ? i + 1 : i;
    s = s.slice(0, j) + token + s.slice(j);
  }
  return s;
}

/** Whether any text of a gathering check reads holds a hidden character, and whether any the renderer is given does. */
function hiddenTexts(g: Parameters<typeof shownGathering>[0]): { any: boolean; shown: boolean } {
  let any = false;
  mapShown(g, (text) => {
    if (mayHide(text) && hiddenIn(text).length) any = true;
    return text;
  });
  if (bodySlots(g.body).some((s) => hiddenIn(s.node[s.field] as string, s.context).length)) any = true;
  const clean = shownGathering(g);
  let shown = false;
  mapShown(clean, (text, _place, matched) => {
    if (!matched && hiddenIn(text).length) shown = true;
    return text;
  });
  if (bodySlots(clean.body).some((s) => hiddenIn(s.node[s.field] as string, s.context).length)) shown = true;
  return { any, shown };
}

describe('fuzzing hidden characters', () => {
  beforeAll(loadMarkdown);

  it('the examples with hidden characters inserted: check and the renderer agree, and each warning is at one', { timeout }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), insertions, (example, steps) => {
        const text = insert(example, steps);
        const { diagnostics, gathering } = checkSource(text, 'fuzz.md', { today });
        expect(diagnostics.filter((d) => d.code === 'check-failed')).toEqual([]);
        const warnings = diagnostics.filter((d) => d.code === 'hidden-character');
        for (const w of warnings) {
          const at = w.span!.start.offset;
          const written = text.slice(at, at + 8);
          // At the character itself or at an escape of it, or (a text the model made from several nodes) at its value.
          expect(mayHide(String.fromCodePoint(text.codePointAt(at) ?? 32)) || /^(\\u|\\U|&#)/.test(written) || w.span!.end.offset - at > 1).toBe(true);
        }
        // The fixes, applied from the end, leave no warning but those that came without one.
        const fixes = warnings.flatMap((w) => (w.fix ? [w.fix] : [])).sort((a, b) => b.span.start.offset - a.span.start.offset);
        if (fixes.every((f, i) => i === 0 || f.span.end.offset <= fixes[i - 1].span.start.offset)) {
          let fixed = text;
          for (const f of fixes) fixed = fixed.slice(0, f.span.start.offset) + f.text + fixed.slice(f.span.end.offset);
          const after = checkSource(fixed, 'fuzz.md', { today }).diagnostics.filter((d) => d.code === 'hidden-character');
          expect(after.length).toBeLessThanOrEqual(warnings.length - fixes.length);
        }
        if (!gathering) return;
        const { any, shown } = hiddenTexts(gathering);
        expect(warnings.length > 0).toBe(any);
        expect(shown).toBe(false);
      }),
      params,
    );
  });
});
