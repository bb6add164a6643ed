/**
 * `agenda build` without silent surprises: removed views are reported;
 * --format json says what was written; under GitHub Actions a step summary
 * is appended.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agenda, cleanEnv, tempDir } from './agenda.js';

const source = (n: number, extra = '') =>
  `---\ntitle: Samling ${n}\norganiser: Kommunen\nlanguage: nb\ndate: 2030-03-${String(n).padStart(2, '0')}\nhours: 09.00–12.00\nvenue: Rådhuset\n${extra}programme:\n  - time: 09.00–12.00\n    title: Arbeid\n---\n`;
const audiences = 'audiences:\n  owners: Skoleeiere\n  principals: Rektorer\n';

/** Every file below a folder, relative to it. */
async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('what a build reports', () => {
  it('names the views it removes because they are no longer asked for', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'samling.md'), source(5, audiences));
    await agenda(['build', 'samling.md', '--no-pdf', '--audience', 'all', '-o', 'out'], { cwd: dir });
    expect(await listing(join(dir, 'out'))).toContain('samling.owners.html');
    const r = await agenda(['build', 'samling.md', '--no-pdf', '-o', 'out'], { cwd: dir });
    expect(r.stderr).toBe('removed out/samling.owners.*\nremoved out/samling.principals.*\n');
    expect(await listing(join(dir, 'out'))).not.toContain('samling.owners.html');
  });

  it('--format json gives the findings and a summary of what was written and removed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), source(5, audiences));
    await writeFile(join(dir, 'b.md'), '---\ntitel: B\n---\n');
    await agenda(['build', '.', '--no-pdf', '--audience', 'owners', '-o', 'out'], { cwd: dir });
    const r = await agenda(['build', '.', '--no-pdf', '--format', 'json', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    const { diagnostics, summary } = JSON.parse(r.stdout);
    expect(diagnostics.map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toContain('b.md key-unknown');
    expect({ ...summary, seconds: 0 }).toEqual({
      outDir: 'out',
      sources: 2,
      invitations: 1,
      built: 0,
      upToDate: 1,
      written: [],
      removed: ['a.owners.html', 'a.owners.ics'],
      failed: 0,
      notBuilt: ['b.md'],
      index: 'index.html',
      seconds: 0,
    });
  });

  it('under GitHub Actions, appends a table of what it made to the step summary', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), source(5));
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '# Earlier step\n');
    const r = await agenda(['build', 'a.md', '--no-pdf', '--format', 'github', '-o', 'out'], { cwd: dir, env: cleanEnv({ GITHUB_STEP_SUMMARY: summary }) });
    expect(r.code).toBe(0);
    expect(await readFile(summary, 'utf8')).toBe(
      '# Earlier step\n### agenda build → out\n\n| | |\n|---|---|\n| invitations | 1 |\n| built | 1 |\n| up to date | 0 |\n\n| file | |\n|---|---|\n| a.html | written |\n| a.ics | written |\n\n',
    );
  });
});
