/**
 * The language server never fails on a text: a sample of the fuzz inputs
 * (every eighth of the sources and their seeded variants, and the odd texts),
 * in-process and through the server run in this process (server.test.ts
 * starts the tool as a process). fuzz.volume.test.ts runs them all, through
 * a spawned server.
 */
import { describe, expect, it } from 'vitest';
import { inProcess, inputs, throughServer } from './fuzz-cases.js';

describe('the language server on a sample of any text', () => {
  it('checks, completes, hovers and fixes a sample of the fuzz inputs in-process without failing', () => {
    expect(inProcess(inputs(3, 8))).toBeGreaterThan(300);
  });

  it('answers every change through the server and shuts down cleanly', async () => {
    await throughServer(inputs(2, 8), 'in-process');
  });
});
