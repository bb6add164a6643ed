/**
 * The output folder and its build record come from a repository or a CI
 * cache: nothing they say makes the build delete or overwrite a file it
 * did not write, or write outside the folder.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { buildIn, envWith, listFiles, project, source, tempDir } from './helpers.js';

const record = (outputs: Record<string, unknown>) => JSON.stringify({ version: 2, outputs });
const entry = (files: string[], more: Record<string, unknown> = {}) => ({ source: 'gone.md', key: 'x', deps: {}, files, title: 'x', date: '2026-01-01', language: 'nb', ...more });

/** A project t/ with t/src/a.md, an output folder t/out and t/victim.txt beside them, as in the issue. */
async function layout() {
  const t = await tempDir('agenda-untrusted-');
  await mkdir(join(t, 'src'));
  await mkdir(join(t, 'out'));
  await writeFile(join(t, 'src', 'a.md'), source({ title: 'Alfa' }));
  await writeFile(join(t, 'victim.txt'), 'precious');
  return t;
}

describe('a build record that lists files the tool did not write', { timeout: 60_000 }, () => {
  it('removes nothing outside the output folder and reports the record as corrupt', async () => {
    const t = await layout();
    await writeFile(join(t, 'out', '.agenda-build.json'), record({ evil: entry(['../victim.txt']) }));
    // build() reads sources relative to the process folder; the CLI is run as from t/.
    const r = await run(['build', join(t, 'src'), '-o', 'out', '--no-pdf', '--today', '2020-01-01', '--format', 'json'], envWith(), t);
    expect(r.code).toBe(0);
    expect(await readFile(join(t, 'victim.txt'), 'utf8')).toBe('precious');
    const found = JSON.stringify(JSON.parse(r.stdout));
    expect(found).toContain('build-record-corrupt');
    expect(found).toContain('../victim.txt');
    expect(found).toContain('.agenda-build.json');
  });

  it.each([
    ['an absolute path', { evil: entry([]) }, (t: string) => ({ evil: entry([join(t, 'victim.txt')]) })],
    ['a name that climbs out', {}, () => ({ '../victim': entry(['../victim.html']) })],
    ['another kind of file', {}, () => ({ a: entry(['a.md']) })],
  ])('ignores a record listing %s', async (_what, _unused, outputs) => {
    const t = await layout();
    await writeFile(join(t, 'victim.html'), 'precious');
    await writeFile(join(t, 'out', 'a.md'), 'precious');
    await writeFile(join(t, 'out', '.agenda-build.json'), record(outputs(t)));
    const report = await buildIn(t, { paths: [join(t, 'src')], outDir: join(t, 'out'), formats: ['html', 'ics'] });
    expect(report.diagnostics.map((d) => d.code)).toContain('build-record-corrupt');
    expect(await readFile(join(t, 'victim.txt'), 'utf8')).toBe('precious');
    expect(await readFile(join(t, 'victim.html'), 'utf8')).toBe('precious');
    expect(await readFile(join(t, 'out', 'a.md'), 'utf8')).toBe('precious');
  });

  it('removes a stale output only through real folders, never through a planted link', async () => {
    const t = await layout();
    const elsewhere = await tempDir('agenda-elsewhere-');
    await writeFile(join(elsewhere, 'x.html'), 'precious');
    await symlink(elsewhere, join(t, 'out', 'sub'));
    // A record that is well formed: the view sub/x of a source that is gone.
    await writeFile(join(t, 'out', '.agenda-build.json'), record({ 'sub/x': entry(['sub/x.html']) }));
    const report = await buildIn(t, { paths: [join(t, 'src')], outDir: join(t, 'out'), formats: ['html', 'ics'] });
    expect(report.failed).toBe(0);
    expect(await readFile(join(elsewhere, 'x.html'), 'utf8')).toBe('precious');
  });
});

describe('the output folder', { timeout: 60_000 }, () => {
  it('writes no output through a symbolic link planted in it', async () => {
    const dir = await project({});
    await mkdir(join(dir, '2025'));
    await writeFile(join(dir, '2025', 'mars.md'), source({ title: 'Mars' }));
    const out = await tempDir('agenda-out-');
    const elsewhere = await tempDir('agenda-elsewhere-');
    await symlink(elsewhere, join(out, '2025'));
    const report = await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    const failed = report.diagnostics.filter((d) => d.code === 'write-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].message).toMatch(/2025 is a symbolic link/);
    expect(await listFiles(elsewhere)).toEqual([]);
  });

  it('refuses to overwrite hand-written pages (-o naming the sources folder), and writes nothing', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'alfa.html': '<p>my own page</p>', 'index.html': '<p>my site</p>' });
    const r = await run(['build', dir, '-o', dir, '--no-pdf', '--today', '2020-01-01'], envWith(), dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did not write and would overwrite: alfa\.html, index\.html/);
    expect(await readFile(join(dir, 'alfa.html'), 'utf8')).toBe('<p>my own page</p>');
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('<p>my site</p>');
    expect(existsSync(join(dir, 'alfa.ics'))).toBe(false);
  });

  it('still rebuilds over its own outputs when the record is gone', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-out-');
    await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    await writeFile(join(out, '.agenda-build.json'), 'not json');
    const again = await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    expect(again.built).toBe(1);
    expect(again.diagnostics.map((d) => d.code)).toEqual(['build-record-corrupt']);
  });

  it('reports an output name too long for the file system instead of a raw ENAMETOOLONG', async () => {
    const long = 'a'.repeat(227);
    const dir = await project({ [`${long}.md`]: source({ title: 'Lang' }), 'kort.md': source({ title: 'Kort' }) });
    const out = await tempDir('agenda-out-');
    const report = await buildIn(dir, { outDir: out, formats: ['html', 'ics'] });
    const failed = report.diagnostics.filter((d) => d.code === 'write-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].message).toMatch(/is 232 bytes long; output names can be at most 229 bytes/);
    expect(failed[0].hint).toBe('rename the source');
    expect(failed[0].message).not.toContain('ENAMETOOLONG');
    expect(await listFiles(out)).toContain('kort.html');
  });
});
