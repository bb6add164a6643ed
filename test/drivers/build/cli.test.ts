/**
 * `agenda build` on the command line: no browser, no PDF wanted, sources
 * with errors among good ones, and bad usage.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { envWith, listFiles, project, root, source, tempDir } from './helpers.js';

const build = (args: string[], cwd: string, env = envWith()) => run(['build', ...args, '--concurrency', '2', '--today', '2020-01-01'], env, cwd);
const names = (files: string[], ext: string) => files.filter((f) => f.endsWith(`.${ext}`)).sort();

describe('agenda build without a browser', { timeout: 60_000 }, () => {
  it('exits 2 naming what it tried, and still writes the HTML and calendars', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-cli-out-');
    const r = await build([dir, '--out', out, '--browser', '/nonexistent/chromium'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('/nonexistent/chromium');
    expect(r.stdout).toMatch(/No PDFs were made[\s\S]*browser-missing/);
    expect(r.stdout).toMatch(/--no-pdf/);
    const files = await listFiles(out);
    expect(names(files, 'html')).toEqual(['alfa.html', 'beta.html', 'index.html']);
    expect(names(files, 'ics')).toEqual(['alfa.ics', 'beta.ics', 'calendar.ics']);
    expect(names(files, 'pdf')).toEqual([]);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="alfa.html"');
    expect(index).not.toContain('.pdf"');

    // Once a browser is there, the next build makes the PDFs (the earlier outputs are not "up to date").
    const again = await build([dir, '--out', out], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/2 invitations: 2 built, 0 up to date/);
    expect(names(await listFiles(out), 'pdf')).toEqual(['alfa.pdf', 'beta.pdf']);
  });

  it('with --no-pdf exits 0 and writes no PDF, and a later build with PDFs makes them', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-cli-out-');
    const r = await build([dir, '--out', out, '--no-pdf'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}/alfa.html, ${out}/alfa.ics\n`);
    expect(r.stdout).not.toContain('wrote');
    expect(await listFiles(out)).toEqual(['.agenda-build.json', 'alfa.html', 'alfa.ics', 'calendar.ics', 'index.html']);

    const again = await build([dir, '--out', out], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 invitation: 1 built/);
    expect(await listFiles(out)).toContain('alfa.pdf');
  });

  it('exits 2 when every output is turned off', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-cli-out-');
    const r = await build([dir, '--out', out, '--no-pdf', '--no-html', '--no-ics'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to build/);
    expect(await listFiles(out)).toEqual([]);
  });
});

describe('agenda build with a source that has errors', { timeout: 60_000 }, () => {
  it('builds the others, prints where the error is, and exits 1', async () => {
    const broken = source({ title: 'Gamma', extra: 'venu: Skrivefeil\n' });
    const line = broken.split('\n').findIndex((l) => l.startsWith('venu:')) + 1;
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta' }), 'gamma.md': broken });
    const out = await tempDir('agenda-cli-out-');
    const r = await build([dir, '--out', out], dir);
    expect(r.code).toBe(1);
    const file = join(dir, 'gamma.md');
    expect(r.stdout).toContain(`${file}\n`);
    expect(r.stdout).toMatch(new RegExp(`\\n\\s+${line}:1-${line}:5 +error +Unknown key "venu"`));
    expect(r.stdout).toMatch(/3 files checked: 1 error/);
    expect(r.stdout).toMatch(/2 invitations: 2 built, 0 up to date, 1 source not built \(errors\)/);
    const files = await listFiles(out);
    for (const f of ['alfa.html', 'alfa.pdf', 'alfa.ics', 'beta.html', 'beta.pdf', 'beta.ics']) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('gamma'))).toEqual([]);

    // The same place, as file:line:col, for CI.
    const github = await build([dir, '--out', out, '--format', 'github'], dir);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(`::error file=${file},line=${line},col=1,`);
  });

  it('exits 1 when there are more warnings than --max-warnings', async () => {
    // A date in the past, a warning once the rule is on.
    const dir = await project({ 'alfa.md': source({ title: 'Alfa', date: '2019-03-05', extra: 'rules:\n  date-past: warning\n' }) });
    const out = await tempDir('agenda-cli-out-');
    const ok = await build([dir, '--out', out, '--no-pdf'], dir);
    expect(ok.stdout).toMatch(/1 warning/);
    expect(ok.code).toBe(0);
    const r = await build([dir, '--out', out, '--no-pdf', '--max-warnings', '0'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/more than --max-warnings 0/);
  });
});

describe('agenda build --audience', { timeout: 60_000 }, () => {
  it('exits 2 for an audience no source declares, saying which', async () => {
    const out = await tempDir('agenda-cli-out-');
    const r = await run(['build', 'examples', '--out', out, '--no-pdf', '--audience', 'nosuch', '--today', '2018-01-01'], envWith(), root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'agenda: no source declares the audience "nosuch" (--audience); the sources declare bestyrelser, ledere, owners, principals, rektorar, styringsgruppa\n',
    );
  });
});

describe('agenda build refuses what it cannot do well, before writing', { timeout: 60_000 }, () => {
  it('an output folder that is a file, or empty, is refused naming it', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), afile: 'not a folder' });
    const asFile = await build([join(dir, 'alfa.md'), '--out', join(dir, 'afile'), '--no-pdf'], dir);
    expect(asFile.code).toBe(2);
    expect(asFile.stdout).toContain(`The folder ${join(dir, 'afile')} cannot be made: a file is in the way, where a folder should be  write-failed`);
    const empty = await build([join(dir, 'alfa.md'), '--out', '', '--no-pdf'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--out is empty/);
  });

  it("an output folder that cannot be made is a usage error, at once (Node's own recursive mkdir spins for ever on /proc/x)", async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const unmakeable = existsSync('/proc/self') ? '/proc/agenda-x/out' : join(dir, 'alfa.md', 'out');
    const r = await build([join(dir, 'alfa.md'), '--out', unmakeable, '--no-pdf'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`The folder ${unmakeable} cannot be made: (the folder it should go in does not exist|a file is in the way).*write-failed`));
  }, 10_000);

  it('a templates folder that does not exist is a usage error, not silently the built-in templates', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const r = await build([dir, '--out', await tempDir('agenda-cli-out-'), '--no-pdf', '--templates', join(dir, 'maler')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the templates folder .*maler does not exist/);
  });

  it('two views that would be written to one name, or a source named index.md, are refused with both named', async () => {
    const owners = source({ title: 'Alfa', extra: 'audiences:\n  owners: Eiere\n' });
    const dir = await project({ 'x.md': owners, 'x.owners.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-cli-out-');
    const clash = await build([dir, '--out', out, '--no-pdf', '--audience', 'all'], dir);
    expect(clash.code).toBe(1);
    expect(clash.stdout).toMatch(/x\.owners\.md and .*x\.md \(Eiere\) would both be written as x\.owners\.\*  output-clash/);
    // The first source is made; the one that would overwrite it is not.
    expect(await listFiles(out)).toEqual(['.agenda-build.json', 'calendar.ics', 'calendar.owners.ics', 'index.html', 'x.html', 'x.ics', 'x.owners.html', 'x.owners.ics']);
    expect(await readFile(join(out, 'x.owners.html'), 'utf8')).toContain('Alfa');
    // Names that differ only in case overwrite each other on macOS and Windows. (Files of the same name in two
    // folders no longer clash: each keeps its folder below the output base.)
    const twins = await project({ 'x.md': source({ title: 'Samling a' }), 'X.md': source({ title: 'Samling b' }) });
    const same = await build([join(twins, 'x.md'), join(twins, 'X.md'), '--out', out, '--no-pdf'], twins);
    expect(same.code).toBe(1);
    expect(same.stdout).toMatch(/X\.md and .*x\.md would both be written as X\.\*/);
    const index = await project({ 'index.md': source({ title: 'Alfa' }) });
    const r = await build([index, '--out', out, '--no-pdf'], index);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/index\.md would be written as index\.\*.*output-reserved/);
  });

  it('a browser that will not start: exit 2 once, HTML and calendar written, and the next build with a browser makes the PDF', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-cli-out-');
    const r = await build([dir, '--out', out, '--browser', '/bin/false'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout.match(/No PDFs were made/g)).toHaveLength(1);
    expect(r.stdout).toContain('browser-failed');
    expect(await listFiles(out)).toEqual(['.agenda-build.json', 'alfa.html', 'alfa.ics', 'calendar.ics', 'index.html']);
    const again = await build([dir, '--out', out], dir);
    expect(again.code).toBe(0);
    expect(await listFiles(out)).toContain('alfa.pdf');
  });

  it('--format json prints one JSON document on stdout, progress and all', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa', date: '2019-13-01' }), 'beta.md': source({ title: 'Beta' }) });
    const r = await build([dir, '--out', await tempDir('agenda-cli-out-'), '--no-pdf', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).diagnostics as { file: string; line: number; severity: string }[];
    expect(found.map((d) => [d.file.endsWith('alfa.md'), d.severity])).toEqual([[true, 'error']]);
    expect(r.stderr).toContain('beta.html');
  });
});
