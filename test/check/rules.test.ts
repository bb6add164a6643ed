/**
 * remark-lint's way: every rule carries ok and not-ok examples. Each ok
 * example must give no diagnostic of its rule; each not-ok example exactly
 * the ones it lists. All examples must parse, and ok examples must be clean
 * of every other rule too, so they can be copied as they are.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { probeImage } from '../../src/render/image-check.js';
import { rules } from '../../src/check/rules/index.js';
import { ruleIds } from '../../src/base/diagnostics/codes.js';
import { parseIsoDate } from '../../src/model/values.js';
import { type Example, explanationOf, sourceOf } from '../../src/check/rule.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';

function run(example: Example): Diagnostic[] {
  const today = example.today ? (parseIsoDate(example.today) as { ok: true; value: { year: number; month: number; day: number } }).value : undefined;
  const images = example.images ?? {};
  const probe = (path: string, base: string) => (path in images ? { bytes: images[path] } : probeImage(path, base, process.cwd(), 'image'));
  return checkSource(sourceOf(example, 'nb'), 'example.md', { today, probeImage: probe }).diagnostics;
}

export const line = (d: Diagnostic) => `${d.span?.start.line}:${d.span?.start.column} ${d.code} ${d.message}`;

describe('rules', () => {
  for (const rule of rules) {
    const codes = new Set(rule.codes.map((c) => c.id));
    describe(rule.id, () => {
      it('has an explanation, codes and examples', () => {
        expect(explanationOf(rule).length).toBeGreaterThan(80);
        expect(rule.codes.length).toBeGreaterThan(0);
        expect(rule.ok.length).toBeGreaterThan(0);
        expect(rule.notOk.length).toBeGreaterThan(0);
        for (const code of rule.codes) expect(code.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      });
      rule.ok.forEach((example) => {
        it(`ok: ${example.title}`, () => {
          const diagnostics = run(example);
          expect(diagnostics.map(line)).toEqual([]);
        });
      });
      rule.notOk.forEach((example) => {
        it(`not ok: ${example.title}`, () => {
          const diagnostics = run(example);
          expect(
            diagnostics
              .filter((d) => !codes.has(d.code))
              .filter((d) => d.severity === 'error' && !ruleIds().includes(d.code))
              .map(line),
          ).toEqual([]);
          expect(diagnostics.filter((d) => codes.has(d.code)).map(line)).toEqual(example.expected ?? []);
        });
      });
    });
  }

  it('every code belongs to one rule, and no code is also the id of another rule', () => {
    const owner = new Map<string, string>();
    for (const rule of rules) {
      for (const code of rule.codes) {
        expect(owner.has(code.id), code.id).toBe(false);
        owner.set(code.id, rule.id);
      }
    }
    for (const rule of rules) expect([undefined, rule.id]).toContain(owner.get(rule.id));
  });

  it('every code has a not-ok example that shows it', () => {
    for (const rule of rules) {
      const shown = new Set(rule.notOk.flatMap((e) => e.expected ?? []).map((l) => l.split(' ')[1]));
      for (const code of rule.codes) expect(shown.has(code.id), `${rule.id}: ${code.id}`).toBe(true);
    }
  });
});
