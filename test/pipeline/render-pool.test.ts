/**
 * A render thread that dies under a view (it ends, or runs out of its
 * heap) gives that view a diagnostic at once, and the next view gets a
 * fresh thread: no view waits for its time-out, no build hangs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRenderPool } from '../../src/pipeline/render-pool.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'render-threads', 'misbehaving.mjs');
const request = (name: string) => ({
  text: '',
  file: `${name}.md`,
  view: { name },
  project: { root: '.', config: {}, templateNames: [], today: { year: 2030, month: 1, day: 1 }, request: {} },
  context: { sourceId: `${name}.md`, date: new Date(0) },
});
const limits = { timeoutMs: 20_000 };

describe('a render thread that dies', { timeout: 60_000 }, () => {
  it('that ends itself: the view fails at once with render-failed, and the next gets a new thread', async () => {
    const pool = openRenderPool({ size: 1, worker: { file, data: 'exit' } });
    try {
      const first = await pool.render(request('en'), limits);
      expect(first.diagnostics.map((d) => [d.code, d.message])).toEqual([['render-failed', 'en: the render thread stopped (exit code 3); it was abandoned']]);
      const second = await pool.render(request('to'), limits);
      expect(second.diagnostics[0].message).toMatch(/^to: the render thread stopped/);
    } finally {
      await pool.close();
    }
  });

  it('that runs out of its heap: the view fails with render-failed, naming the limit', async () => {
    const pool = openRenderPool({ size: 1, memoryMb: 32, worker: { file, data: 'hoard' } });
    try {
      const result = await pool.render(request('stor'), limits);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['render-failed']);
      expect(result.diagnostics[0].message).toBe('stor: it needs more than 32 MB of memory to make; it was abandoned');
    } finally {
      await pool.close();
    }
  });
});
