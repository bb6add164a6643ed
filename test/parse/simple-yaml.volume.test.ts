/**
 * The simple YAML reader against the `yaml` package on thousands of variants
 * of every source the repository has (comments, blank lines, quotes, odd
 * values, shifted indentation …): 13 of each of about 280 sources, the
 * rules' examples being in five languages: whatever the simple reader accepts, it
 * reads as the package does. simple-yaml.test.ts runs a sample of them.
 */
import { describe, expect, it } from 'vitest';
import { variantsAgree } from './simple-yaml-compare.js';

describe('the simple YAML reader', () => {
  it('agrees on thousands of variants, or declines them', { timeout: 120_000 }, () => {
    const { failures, accepted, total } = variantsAgree(13);
    expect(total).toBeGreaterThan(2000);
    expect(failures.slice(0, 3)).toEqual([]);
    // The variants must exercise the simple reader, not only its refusals.
    expect(accepted / total).toBeGreaterThan(0.3);
  });
});
