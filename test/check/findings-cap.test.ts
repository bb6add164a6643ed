/**
 * Findings that grow as pairs: 1,000 items at the same hour overlap in
 * 499,500 pairs. Each item gets at most a handful of overlap findings and
 * one that counts the rest, a file gets at most MAX_FINDINGS and one that
 * counts the rest (an error when any of the rest is one, so the exit code
 * does not change), and the report formats them. It used to report every
 * pair: the formatter overflowed the stack at 1,000 items, and 5,000 ran
 * Node out of heap.
 */
import { describe, expect, it } from 'vitest';
import { checkSource, MAX_FINDINGS } from '../../src/pipeline/compile.js';
import { PER_ITEM } from '../../src/check/rules/overlaps.js';
import { report } from '../../src/base/diagnostics/report.js';
import { maxOf, minOf, append } from '../../src/base/arrays.js';
import { findings } from './many-findings.js';

const today = { year: 2026, month: 1, day: 1 };

function sameHour(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `  - time: 09.00–10.00\n    title: Punkt ${i}`).join('\n');
  return `---\ntitle: T\ndate: 2026-03-02\nhours: 09.00–10.00\nprogramme:\n${items}\n---\n`;
}

describe('findings that grow as pairs', () => {
  it('are a handful per item, counted beyond that, and capped per file with a summary', { timeout: 120_000 }, () => {
    const { diagnostics } = checkSource(sameHour(1000), 'x.md', { today });
    expect(diagnostics).toHaveLength(MAX_FINDINGS + 1);
    const last = diagnostics.at(-1)!;
    expect(last).toMatchObject({ code: 'findings-capped', severity: 'error' });
    // Item k (from 0) overlaps the k before it: min(k, PER_ITEM) findings, and one counting the rest when k > PER_ITEM.
    let total = 0;
    for (let k = 0; k < 1000; k++) total += Math.min(k, PER_ITEM) + (k > PER_ITEM ? 1 : 0);
    expect(last.message).toBe(
      `${(total - MAX_FINDINGS).toLocaleString('en')} more findings in this file not shown (${(total - MAX_FINDINGS).toLocaleString('en')} errors, 0 warnings)`,
    );
    const perLine = new Map<number, number>();
    for (const d of diagnostics.slice(0, -1)) perLine.set(d.span!.start.line, (perLine.get(d.span!.start.line) ?? 0) + 1);
    expect(maxOf(perLine.values())).toBeLessThanOrEqual(PER_ITEM + 1);
    expect(diagnostics.some((d) => / also overlaps \d+ more items$/.test(d.message))).toBe(true);
  });

  // Past the call stack (150,000, where a spread of them overflowed): findings-cap.volume.test.ts.
  it('are formatted, one line each', () => {
    expect(report(findings(5_000), { format: 'stylish', fileCount: 1 }).split('\n').length).toBeGreaterThan(5_000);
  });

  it('helpers take lists longer than the call stack', () => {
    const long = Array.from({ length: 500_000 }, (_, i) => i);
    expect([minOf(long), maxOf(long), append([], long).length]).toEqual([0, 499_999, 500_000]);
  });
});
