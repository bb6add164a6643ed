/**
 * The report formats more findings than the call stack holds arguments: a
 * spread of 150,000 overflowed it. findings-cap.test.ts formats 5,000.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../../src/base/diagnostics/report.js';
import { findings } from './many-findings.js';

describe('findings that grow as pairs', () => {
  it('are formatted past 150,000 findings', { timeout: 120_000 }, () => {
    expect(report(findings(150_000), { format: 'stylish', fileCount: 1 }).split('\n').length).toBeGreaterThan(150_000);
  });
});
