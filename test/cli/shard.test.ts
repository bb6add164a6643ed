/**
 * `agenda build --shard K/N` builds a stable share of the sources: the
 * shards together are the whole build, with one index (--index-only after
 * merging their output folders).
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agenda, tempDir } from './agenda.js';

const source = (n: number, extra = '') =>
  `---\ntitle: Samling ${n}\norganiser: Kommunen\nlanguage: nb\ndate: 2030-03-${String(n).padStart(2, '0')}\nhours: 09.00–12.00\nvenue: Rådhuset\n${extra}programme:\n  - time: 09.00–12.00\n    title: Arbeid\n---\n`;

async function sources(count: number): Promise<string> {
  const dir = await tempDir('agenda-shards-');
  for (let n = 1; n <= count; n++) await writeFile(join(dir, `s${String(n).padStart(2, '0')}.md`), source(n));
  return dir;
}

/** Every file below a folder, relative to it. */
async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('agenda build --shard', () => {
  it('shards together give exactly the whole build, and --index-only the same index', async () => {
    const dir = await sources(9);
    const whole = await agenda(['build', '.', '--no-pdf', '-o', 'whole'], { cwd: dir });
    expect(whole.code).toBe(0);
    const shards = await Promise.all([1, 2, 3].map((k) => agenda(['build', '.', '--no-pdf', '--shard', `${k}/3`, '-o', `shard${k}`], { cwd: dir })));
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);
    // The index and the calendar feeds span every shard: --index-only makes them once the shards are merged.
    const outputs = (files: string[]) => files.filter((f) => !f.startsWith('.agenda-build') && f !== 'index.html' && !/^calendar(\..+)?\.ics$/.test(f));
    const parts = await Promise.all([1, 2, 3].map((k) => listing(join(dir, `shard${k}`))));
    for (const part of parts) expect(part).not.toContain('index.html');
    // Each source in exactly one shard; no shard empty with nine sources.
    expect(outputs(parts.flat()).sort()).toEqual(outputs(await listing(join(dir, 'whole'))));
    expect(parts.map((p) => outputs(p).length).every((n) => n > 0)).toBe(true);

    const merged = join(dir, 'merged');
    for (const k of [1, 2, 3]) await cp(join(dir, `shard${k}`), merged, { recursive: true });
    const index = await agenda(['build', '--index-only', '-o', 'merged'], { cwd: dir });
    expect(index.stdout).toBe('merged/index.html: 9 invitations from 3 build records\n');
    expect(await readFile(join(merged, 'index.html'), 'utf8')).toBe(await readFile(join(dir, 'whole', 'index.html'), 'utf8'));
    expect(await readFile(join(merged, 'calendar.ics'), 'utf8')).toBe(await readFile(join(dir, 'whole', 'calendar.ics'), 'utf8'));
  });

  it('is stable: a new source moves no other source to another shard', async () => {
    const dir = await sources(8);
    await agenda(['build', '.', '--no-pdf', '--no-ics', '--shard', '2/3', '-o', 'before'], { cwd: dir });
    await writeFile(join(dir, 's00.md'), source(28));
    await agenda(['build', '.', '--no-pdf', '--no-ics', '--shard', '2/3', '-o', 'after'], { cwd: dir });
    const before = await listing(join(dir, 'before'));
    const after = (await listing(join(dir, 'after'))).filter((f) => f !== 's00.html');
    expect(after.filter((f) => f.endsWith('.html'))).toEqual(before.filter((f) => f.endsWith('.html')));
  });

  it('refuses a shard that is not K/N with 1 ≤ K ≤ N', async () => {
    const dir = await sources(1);
    for (const bad of ['0/3', '4/3', '1-3', '1/0']) {
      const r = await agenda(['build', '--shard', bad], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is invalid. Write it K/N, 1 ≤ K ≤ N, e.g. 2/4');
    }
  });
});
