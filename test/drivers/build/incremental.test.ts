/**
 * Incremental builds, step by step on one temporary project: what is
 * unchanged is not rebuilt (and no browser starts), what changed is, and
 * deleted or broken sources are handled the way a user expects.
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../src/drivers/build/build.js';
import { run } from '../../cli/run.js';
import { readPdf } from '../pdf/read-pdf.js';
import { buildIn, envWith, examples, examplesDir, listFiles, png, project, source, tempDir } from './helpers.js';

let dir: string;
let out: string;
const outputs = (name: string) => ['html', 'ics', 'pdf'].map((ext) => `${name}.${ext}`);

/** A build of the project, with the names of the views it wrote. */
async function rebuild(extra: { force?: boolean } = {}) {
  const events: ProgressEvent[] = [];
  const report = await buildIn(dir, { outDir: out, onProgress: (e) => events.push(e), ...extra });
  const written = events.flatMap((e) => (e.kind === 'view' && !e.upToDate ? [e.name] : [])).sort();
  return { report, written };
}

beforeAll(async () => {
  dir = await project({
    'alfa.md': source({ title: 'Alfa' }),
    'beta.md': source({ title: 'Beta', body: 'Med logo:\n\n![Logoen vår](logo.png)' }),
    'gamma.md': source({ title: 'Gamma', body: 'Kartet kommer: ![Kart](kart.png)' }),
    'logo.png': png(255, 0, 0),
  });
  out = await tempDir('agenda-incremental-out-');
});

describe('incremental builds', { timeout: 60_000 }, () => {
  it('builds everything the first time, once a missing image is there', async () => {
    const missing = await rebuild();
    expect(missing.report).toMatchObject({ views: 2, built: 2, failed: 0, invalid: [join(dir, 'gamma.md')] });
    const [problem] = missing.report.diagnostics;
    expect(problem).toMatchObject({ code: 'image-unreadable', file: join(dir, 'gamma.md'), span: { start: { line: 17, column: 16 } } });
    expect(problem.message).toMatch(/kart\.png cannot be read/);
    await writeFile(join(dir, 'kart.png'), png(0, 255, 0));
    const { report, written } = await rebuild();
    expect(report).toMatchObject({ views: 3, built: 1, upToDate: 2, failed: 0, invalid: [], diagnostics: [] });
    expect(written).toEqual(['gamma']);
    await rm(join(out, '.agenda-build.json'));
    expect((await rebuild()).written).toEqual(['alfa', 'beta', 'gamma']);
  });

  it('every view is made from scratch without a record', async () => {
    const { report, written } = await rebuild({ force: true });
    expect(report).toMatchObject({ views: 3, built: 3, upToDate: 0, failed: 0, invalid: [], browserLaunched: true });
    expect(written).toEqual(['alfa', 'beta', 'gamma']);
    expect(await listFiles(out)).toEqual(['.agenda-build.json', ...outputs('alfa'), ...outputs('beta'), ...outputs('gamma'), 'calendar.ics', 'index.html'].sort());
    // The image is inlined, so the page shows it offline.
    expect(await readFile(join(out, 'beta.html'), 'utf8')).toContain(`data:image/png;base64,${png(255, 0, 0).toString('base64')}`);
  });

  it('rebuilds nothing and starts no browser when nothing changed', async () => {
    const before = await stat(join(out, 'alfa.pdf'));
    const { report, written } = await rebuild();
    expect(report).toMatchObject({ views: 3, built: 0, upToDate: 3, failed: 0, browserLaunched: false });
    expect(written).toEqual([]);
    expect((await stat(join(out, 'alfa.pdf'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('says "0 built" on the command line', async () => {
    const r = await run(['build', dir, '--out', out, '--concurrency', '2', '--today', '2020-01-01'], envWith(), dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 invitations: 0 built, 3 up to date/);
    expect(r.stdout).not.toContain('wrote');
  });

  it('rebuilds just the source that was edited', async () => {
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa', items: ['Velkommen til Alfa', 'Ny post på programmet', 'Avslutning'] }));
    const { report, written } = await rebuild();
    expect(report).toMatchObject({ built: 1, upToDate: 2, browserLaunched: true });
    expect(written).toEqual(['alfa']);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'alfa.pdf'))));
    expect(pdf.text).toContain('Ny post på programmet');
  });

  it('rebuilds the invitation whose image changed', async () => {
    await writeFile(join(dir, 'logo.png'), png(0, 0, 255));
    const { report, written } = await rebuild();
    expect(report).toMatchObject({ built: 1, upToDate: 2 });
    expect(written).toEqual(['beta']);
    const html = await readFile(join(out, 'beta.html'), 'utf8');
    expect(html).toContain(`data:image/png;base64,${png(0, 0, 255).toString('base64')}`);
    expect(html).not.toContain(png(255, 0, 0).toString('base64'));
  });

  it('keeps the last outputs of the invitation whose image goes missing, and rebuilds it when it is back', async () => {
    const before = await readFile(join(out, 'gamma.html'), 'utf8');
    expect(before).toContain(`data:image/png;base64,${png(0, 255, 0).toString('base64')}`);
    await rm(join(dir, 'kart.png'));
    const gone = await rebuild();
    expect(gone.report.invalid).toEqual([join(dir, 'gamma.md')]);
    expect(await readFile(join(out, 'gamma.html'), 'utf8')).toBe(before);
    await writeFile(join(dir, 'kart.png'), png(0, 128, 0));
    const { written } = await rebuild();
    expect(written).toEqual(['gamma']);
    expect(await readFile(join(out, 'gamma.html'), 'utf8')).toContain(`data:image/png;base64,${png(0, 128, 0).toString('base64')}`);
  });

  it('rebuilds the invitation whose output was deleted', async () => {
    await rm(join(out, 'gamma.pdf'));
    const { written } = await rebuild();
    expect(written).toEqual(['gamma']);
    expect((await readPdf(new Uint8Array(await readFile(join(out, 'gamma.pdf'))))).pages).toBeGreaterThanOrEqual(1);
  });

  it('rebuilds everything with force', async () => {
    const { report, written } = await rebuild({ force: true });
    expect(report).toMatchObject({ built: 3, upToDate: 0, browserLaunched: true });
    expect(written).toEqual(['alfa', 'beta', 'gamma']);
  });

  it('removes the outputs and the index entry of a deleted source', async () => {
    await rm(join(dir, 'gamma.md'));
    const { report } = await rebuild();
    expect(report).toMatchObject({ views: 2, built: 0, upToDate: 2 });
    expect(await listFiles(out)).toEqual(['.agenda-build.json', ...outputs('alfa'), ...outputs('beta'), 'calendar.ics', 'index.html'].sort());
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).not.toContain('gamma');
    expect(index).toContain('href="alfa.pdf"');
  });

  it('keeps the last outputs of a source that gains an error, and exits 1', async () => {
    const before = await Promise.all(outputs('alfa').map((f) => readFile(join(out, f))));
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa', extra: 'venu: Skrivefeil\n' }));
    const r = await run(['build', dir, '--out', out, '--concurrency', '2', '--today', '2020-01-01'], envWith(), dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/alfa\.md/);
    expect(r.stdout).toMatch(/Unknown key "venu"/);
    expect(r.stdout).toMatch(/1 source not built \(errors\)/);
    const after = await Promise.all(outputs('alfa').map((f) => readFile(join(out, f))));
    after.forEach((bytes, i) => expect(bytes.equals(before[i])).toBe(true));
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('href="alfa.pdf"');
  });

  it('builds it again once the error is fixed', async () => {
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa', items: ['Velkommen til Alfa', 'Rettet program', 'Avslutning'] }));
    const { report, written } = await rebuild();
    expect(report.invalid).toEqual([]);
    expect(written).toEqual(['alfa']);
    expect((await readPdf(new Uint8Array(await readFile(join(out, 'alfa.pdf'))))).text).toContain('Rettet program');
  });
});

describe('views no longer asked for', { timeout: 60_000 }, () => {
  it('are removed with their index entries; the others stay up to date', async () => {
    const out = await tempDir('agenda-views-out-');
    const options = { paths: [examplesDir], outDir: out, formats: ['html', 'ics'] as const, today: { year: 2018, month: 1, day: 1 } };
    const all = await buildIn(examplesDir, { ...options, audiences: 'all', groups: true });
    expect(await listFiles(out)).toContain('ost-oppstart-2020.principals.html');
    expect(await listFiles(out)).toContain('asker-ledernettverk-nov-2018.gruppe-2.ics');
    const plain = await buildIn(examplesDir, options);
    expect(plain).toMatchObject({ views: examples.length, built: 0, upToDate: examples.length });
    const audiences = ['bestyrelser', 'ledere', 'owners', 'principals', 'rektorar', 'styringsgruppa'];
    expect(await listFiles(out)).toEqual(
      ['.agenda-build.json', 'index.html', 'calendar.ics', ...audiences.map((a) => `calendar.${a}.ics`), ...examples.flatMap((n) => [`${n}.html`, `${n}.ics`])].sort(),
    );
    expect(await readFile(join(out, 'index.html'), 'utf8')).not.toMatch(/ost-oppstart-2020\.principals|gruppe-2/);
    expect(all.views).toBeGreaterThan(examples.length);
  });
});
