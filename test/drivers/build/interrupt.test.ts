/**
 * Ctrl-C during a build: the invitations in progress are finished and
 * recorded, none is started after it, and the next build makes only the
 * rest. A killed writer's temporary files are cleared by the next build.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIn, project, source, tempDir } from './helpers.js';

const sources = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`samling-${i + 1}.md`, source({ title: `Samling ${i + 1}`, items: ['09.00–10.00 Velkommen'] })]));

describe('an interrupted build', { timeout: 60_000 }, () => {
  it('stops starting invitations, records the finished ones, and the next build makes only the rest', async () => {
    const dir = await project(sources);
    const out = await tempDir();
    const interrupt = new AbortController();
    const first = await buildIn(dir, {
      outDir: out,
      formats: ['html', 'ics'],
      concurrency: 1,
      signal: interrupt.signal,
      onProgress: (e) => {
        if (e.kind === 'view' && e.done === 2) interrupt.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.built).toBeGreaterThanOrEqual(2);
    expect(first.built).toBeLessThan(8);
    const html = (await readdir(out)).filter((f) => f.endsWith('.html') && f !== 'index.html');
    expect(html).toHaveLength(first.built);

    const second = await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    expect(second.interrupted).toBe(false);
    expect(second.upToDate).toBe(first.built);
    expect(second.built).toBe(8 - first.built);
  });

  it('clears the temporary files a killed build left, and only those', async () => {
    const dir = await project(sources);
    const out = await tempDir();
    await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    // A writer that no longer runs (pid 2^22 + 1 is above Linux's default pid_max) and one that does (this process).
    const dead = '.samling-1.pdf.4194305.0123456789ab.tmp';
    const alive = `.samling-2.pdf.${process.pid}.0123456789ab.tmp`;
    await writeFile(join(out, dead), '%PDF-1.7 half');
    await writeFile(join(out, alive), '%PDF-1.7 half');
    await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    const left = await readdir(out);
    expect(left).not.toContain(dead);
    expect(left).toContain(alive);
  });
});
