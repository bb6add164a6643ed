/** The race for a stale output-folder lock, a hundred rounds: build-lock.test.ts runs ten. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { staleLockRace } from './stale-lock-race.js';

describe('the output folder lock', () => {
  it('lets exactly one of several takers have a stale lock, and refuses the others as it does a fresh one', { timeout: 60_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'agenda-out-'));
    try {
      await staleLockRace(out, 100);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
