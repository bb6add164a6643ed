/**
 * Rendering runs in a worker thread with a time limit: a view that takes
 * too long is abandoned with a diagnostic while the others are made, and
 * Ctrl-C abandons a view in the middle of its render instead of waiting for
 * it. The slow source is one `agenda check` passes: it asks for a template
 * of loops inside loops over its programme, hundreds of millions of steps
 * however fast the machine. (A paragraph of thousands of Markdown marks was
 * the slow source before; `check` now refuses it, markdown-too-many-marks.)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK } from '../../src/drivers/disk/build-lock.js';
import { renderThreads } from '../../src/pipeline/render-pool.js';
import { buildIn, envWith, project, root, source, tempDir } from '../drivers/build/helpers.js';

/** Loops inside loops over the programme (3 items), 18 deep: hundreds of millions of steps for any source. */
const loop = (depth: number): string => (depth ? `{{#each @root.days.[0].rows}}${loop(depth - 1)}{{/each}}` : 'x');
const slowTemplate = `<!doctype html><html><body>${loop(18)}</body></html>`;
const files = { 'treg.md': source({ title: 'Treg', extra: 'template: treg\n' }), 'rask.md': source({ title: 'Rask' }) };

/** A project of `sources` whose templates folder holds the slow template "treg". */
async function slowProject(sources: Record<string, string>): Promise<string> {
  const dir = await project({ ...sources, 'agenda.config.yaml': 'templates: maler\n' });
  await mkdir(join(dir, 'maler'));
  await writeFile(join(dir, 'maler', 'treg.hbs'), slowTemplate);
  return dir;
}

describe('rendering off the main thread', { timeout: 120_000 }, () => {
  it('abandons a view that takes longer than allowed, with render-timeout, and makes the others', async () => {
    const dir = await slowProject(files);
    const out = await tempDir();
    // The render thread made a view before (its templates are compiled): rask's time is its own, a few milliseconds even on a busy machine.
    await buildIn(await project({ 'rask.md': files['rask.md'] }), { outDir: await tempDir(), formats: ['html'] });
    // Treg takes seconds of processor time to read however fast the machine; rask, far less than the limit however busy.
    const report = await buildIn(dir, { outDir: out, formats: ['html', 'ics'], renderTimeoutMs: 2000 });
    const timedOut = report.diagnostics.filter((d) => d.code === 'render-timeout');
    expect(timedOut).toHaveLength(1);
    expect(timedOut[0].file).toBe(join(dir, 'treg.md'));
    expect(timedOut[0].message).toMatch(/^treg: it took longer than 2 s to make/);
    expect(report.built).toBe(1);
    expect(report.failed).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['.agenda-build.json', 'calendar.ics', 'index.html', 'rask.html', 'rask.ics']);
  });

  it('fails the other views that use a template at once, once it has run out of time for one', async () => {
    const names = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const dir = await project({
      ...Object.fromEntries(names.map((n) => [`${n}.md`, source({ title: `Møte ${n}` })])),
      'rask.md': source({ title: 'Rask', extra: 'template: welcome\n' }),
      'agenda.config.yaml': 'templates: maler\ntemplate: treg\n',
    });
    await mkdir(join(dir, 'maler'));
    await writeFile(join(dir, 'maler', 'treg.hbs'), slowTemplate);
    const out = await tempDir();
    const report = await buildIn(dir, { outDir: out, formats: ['html'], renderTimeoutMs: 3000, concurrency: 2 });
    const timedOut = report.diagnostics.filter((d) => d.code === 'render-timeout');
    expect(timedOut.map((d) => d.file).sort()).toEqual(names.map((n) => join(dir, `${n}.md`)));
    // Only the views that were in a thread when the template first ran out of time waited for it.
    const waited = timedOut.filter((d) => /it took longer than 3 s to make; it was abandoned/.test(d.message));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    expect(waited.length).toBeLessThanOrEqual(renderThreads());
    const first = waited.map((d) => d.message.split(':')[0]);
    for (const d of timedOut.filter((d) => !waited.includes(d))) {
      expect(d.message).toMatch(/^m\d: not made: the template "treg" took longer than 3 s to make (m\d), so the invitations that use it are not made in this build$/);
      expect(first).toContain(/to make (m\d),/.exec(d.message)![1]);
      expect(d.hint).toMatch(/loops inside loops/);
    }
    expect(report.built).toBe(1);
    expect(await readdir(out)).toContain('rask.html');
  });

  it('on Ctrl-C, abandons the view being rendered: the build returns, nothing of it is written', async () => {
    const dir = await slowProject({ 'treg.md': files['treg.md'] });
    const out = await tempDir();
    const interrupt = new AbortController();
    const report = await buildIn(dir, {
      outDir: out,
      formats: ['html', 'ics'],
      signal: interrupt.signal,
      onProgress: (e) => {
        if (e.kind === 'start') setTimeout(() => interrupt.abort(), 500);
      },
    });
    expect(report.interrupted).toBe(true);
    expect(report.built + report.failed).toBe(0);
    expect(existsSync(join(out, 'treg.html'))).toBe(false);
  });

  it('the command answers SIGINT in the middle of a render and exits 130', async () => {
    const dir = await slowProject({ 'treg.md': files['treg.md'] });
    const out = join(await tempDir(), 'out');
    const child = spawn(process.execPath, [join(root, 'test', 'agenda-from-source.mjs'), 'build', dir, '-o', out, '--no-pdf'], { cwd: dir, env: { ...envWith(), NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // Once the build holds the output folder (its Ctrl-C handler is in place), while treg is still being read.
    while (!existsSync(join(out, LOCK))) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toContain('Ctrl-C: finishing the invitations in progress');
    expect(code).toBe(130);
    expect(existsSync(join(out, 'treg.html'))).toBe(false);
  });
});
