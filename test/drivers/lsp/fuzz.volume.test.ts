/**
 * The language server never fails on a text: every fuzz input (every source
 * the repository has and seeded variants of them, and the odd texts), checked,
 * completed, hovered and fixed in-process at every line, and sent to a
 * spawned server. The unit project runs a sample (fuzz.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { inProcess, inputs, throughServer } from './fuzz-cases.js';

describe('the language server on any text', () => {
  it('checks, completes, hovers and fixes every fuzz input in-process without failing', { timeout: 120_000 }, () => {
    expect(inProcess(inputs(3))).toBeGreaterThan(2000);
  });

  it('answers every change of a spawned server and shuts down cleanly', { timeout: 120_000 }, async () => {
    await throughServer(inputs(2), 'spawned');
  });
});
