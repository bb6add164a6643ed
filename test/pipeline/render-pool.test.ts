/**
 * The render threads: a source's views are made in one thread, each
 * answered as it is made. A fault of any kind under one view (an exception
 * thrown in the renderer, a thread that ends or runs out of its heap) gives
 * that view a diagnostic at once, naming the file and the view, and the
 * source's other views are still made: no view waits for its time-out, no
 * build hangs or stops with "internal error".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorker } from '../../src/base/tool-paths.js';
import { parseSource } from '../../src/parse/parse.js';
import { openRenderPool, type Rendered } from '../../src/pipeline/render-pool.js';
import { templateNames } from '../../src/render/template-names.js';
import { viewsOf } from '../../src/render/views.js';

const root = join(import.meta.dirname, '..', '..');
const threads = join(import.meta.dirname, '..', 'fixtures', 'render-threads');
const file = join(root, 'examples', 'asker-ledernettverk-nov-2018.md');
const gathering = parseSource(readFileSync(file, 'utf8'), file).gathering!;
const project = { root, config: {}, templateNames: templateNames(), today: { year: 2018, month: 1, day: 1 }, request: { groups: true } };
const source = (views = viewsOf(gathering, 'asker', project.request)) => ({ gathering, views, project, context: { sourceId: 'asker.md', date: new Date(0) } });
const limits = { timeoutMs: 20_000 };
const messages = (r: Rendered) => r.diagnostics.map((d) => [d.code, d.file, d.message]);

describe('the render threads', { timeout: 60_000 }, () => {
  it('make every view of a source in one thread, each answered with its HTML and calendar', async () => {
    const pool = openRenderPool({ size: 1 });
    try {
      const results = await Promise.all(pool.render(source(), limits));
      expect(results.map((r) => r.value?.view.name)).toEqual(['asker', 'asker.gruppe-1', 'asker.gruppe-2', 'asker.gruppe-3']);
      expect(results.map((r) => r.value?.title)).toEqual(['', ' – Gruppe 1', ' – Gruppe 2', ' – Gruppe 3'].map((t) => `Lærende ledernettverk${t}`));
      expect(results[2].value?.html).toContain('Gruppe 2');
      expect(results[2].value?.calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    } finally {
      await pool.close();
    }
  });

  it('turn an exception thrown inside one view into that view’s render-failed, and make the others', async () => {
    const pool = openRenderPool({ size: 1, worker: { file: join(threads, 'faulty.mjs'), data: { ...renderWorker.data, view: 'asker.gruppe-2' } } });
    try {
      const results = await Promise.all(pool.render(source(), limits));
      expect(results.map((r) => r.value?.view.name)).toEqual(['asker', 'asker.gruppe-1', undefined, 'asker.gruppe-3']);
      expect(messages(results[2])).toEqual([
        ['render-failed', file, 'asker.gruppe-2: agenda failed while making this invitation (a fault planted by the test); the other invitations were made'],
      ]);
      expect(results[2].diagnostics[0].hint).toBe('this is a fault in agenda: please report it with the file');
    } finally {
      await pool.close();
    }
  });
});

describe('a render thread that dies', { timeout: 60_000 }, () => {
  const misbehaving = join(threads, 'misbehaving.mjs');
  const two = () => source(viewsOf(gathering, 'asker', project.request).slice(0, 2));

  it('that ends itself: the view fails at once with render-failed, and the source’s next view gets a new thread', async () => {
    const pool = openRenderPool({ size: 1, worker: { file: misbehaving, data: 'exit' } });
    try {
      const [first, second] = await Promise.all(pool.render(two(), limits));
      expect(messages(first)).toEqual([['render-failed', file, 'asker: the render thread stopped (exit code 3); it was abandoned']]);
      // The thread it was sent to ended too (this one always does): a thread of its own, its own diagnostic.
      expect(messages(second)).toEqual([['render-failed', file, 'asker.gruppe-1: the render thread stopped (exit code 3); it was abandoned']]);
    } finally {
      await pool.close();
    }
  });

  it('that runs out of its heap: the view fails with render-failed, naming the limit', async () => {
    const pool = openRenderPool({ size: 1, memoryMb: 32, worker: { file: misbehaving, data: 'hoard' } });
    try {
      const [result] = await Promise.all(pool.render(two(), limits));
      expect(result.diagnostics.map((d) => d.code)).toEqual(['render-failed']);
      expect(result.diagnostics[0].message).toBe('asker: it needs more than 32 MB of memory to make; it was abandoned');
    } finally {
      await pool.close();
    }
  });
});
