/**
 * One file's findings never stop the other files' outputs: a source with
 * 1,000 items at the same hour (499,500 overlapping pairs) beside a valid
 * one. The report formatter used to overflow the stack on its findings, and
 * the build then wrote nothing for any source.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { envWith, source, tempDir } from './helpers.js';

describe('a source with findings in the hundreds of thousands', () => {
  it('is reported in short, and the other sources are built', { timeout: 120_000 }, async () => {
    const t = await tempDir('agenda-many-');
    await mkdir(join(t, 'src'));
    const items = Array.from({ length: 1000 }, (_, i) => `  - time: 09.00–10.00\n    title: Punkt ${i}`).join('\n');
    await writeFile(join(t, 'src', 'mange.md'), `---\ntitle: Mange\ndate: 2026-03-02\nhours: 09.00–10.00\nprogramme:\n${items}\n---\n`);
    await writeFile(join(t, 'src', 'ok.md'), source({ title: 'Samling' }));
    // Run from the sources' folder: without a config it is the output base, so the outputs are named as the sources.
    const r = await run(['build', join(t, 'src'), '-o', join(t, 'out'), '--no-pdf', '--today', '2020-01-01'], envWith(), join(t, 'src'));
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stdout + r.stderr).toMatch(/[\d,]+ more findings in this file not shown/);
    expect(existsSync(join(t, 'out', 'ok.html'))).toBe(true);
    expect(existsSync(join(t, 'out', 'mange.html'))).toBe(false);
  });
});
