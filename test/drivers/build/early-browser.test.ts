/**
 * `agenda build` starts its browser before it checks anything
 * (src/cli/early-browser.ts): the build that prints connects to it and its
 * PDFs are the same bytes as those of a browser launched the ordinary way;
 * a build that prints nothing (errors, everything up to date, an output
 * folder it cannot use) leaves no browser and no profile folder behind, and
 * a build killed while its browser starts leaves no browser running. The
 * browsers are counted by their profile folder, in a temporary folder of
 * this file's own.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earlyCounts, startEarly } from '../../../src/drivers/pdf/browser-launch.js';
import { findBrowser } from '../../../src/drivers/pdf/browser-finder.js';
import { run } from '../../cli/run.js';
import { buildIn, EPOCH, envWith, project, root, source, tempDir } from './helpers.js';
import { processesUsing } from '../../processes.js';

let tmp: string;
let savedTmp: string | undefined;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'agenda-early-tmp-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
});
afterAll(async () => {
  for (const pid of browsersIn(tmp)) process.kill(pid, 'SIGKILL');
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(tmp, { recursive: true, force: true });
});

/** Running browsers whose profile folder is in `dir`. */
const browsersIn = (dir: string) => processesUsing(`${dir}/agenda-chromium-`);

const profiles = async () => (await readdir(tmp)).filter((n) => n.startsWith('agenda-chromium-'));
const build = (args: string[], cwd: string, env = envWith()) => run(['build', ...args, '--concurrency', '2', '--today', '2020-01-01'], env, cwd);

describe('the browser a build starts first', { timeout: 120_000 }, () => {
  it('prints the PDF, the same bytes as a browser launched the ordinary way', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa', body: 'Påmelding innen fredag.' }) });
    const [early, ordinary] = [await tempDir('agenda-early-out-'), await tempDir('agenda-ordinary-out-')];
    const before = { ...earlyCounts };
    const r = await build([dir, '--out', early], dir, envWith({ SOURCE_DATE_EPOCH: EPOCH }));
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(earlyCounts).toEqual({ started: before.started + 1, adopted: before.adopted + 1 });

    // build() itself starts no early browser: its first launch is puppeteer's own.
    const report = await buildIn(dir, { outDir: ordinary, env: envWith({ SOURCE_DATE_EPOCH: EPOCH }) });
    expect(report.built).toBe(1);
    expect(earlyCounts.adopted).toBe(before.adopted + 1);
    const [a, b] = await Promise.all([readFile(join(early, 'alfa.pdf')), readFile(join(ordinary, 'alfa.pdf'))]);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    expect(browsersIn(tmp)).toEqual([]);
    expect(await profiles()).toEqual([]);
  });

  it('is killed, its profile folder removed, when the build prints nothing', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-early-out-');
    expect((await build([dir, '--out', out], dir)).code).toBe(0);
    const broken = await project({ 'beta.md': source({ title: 'Beta', date: '2030-02-30' }) });
    const file = join(await tempDir('agenda-early-file-'), 'not-a-folder');
    await writeFile(file, 'x');
    const cases: [string, string[], string, number][] = [
      ['everything up to date', [dir, '--out', out], dir, 0],
      ['a source with errors', [broken, '--out', await tempDir('agenda-early-out-')], broken, 1],
      ['an output folder that is a file', [dir, '--out', file], dir, 2],
    ];
    for (const [what, args, cwd, code] of cases) {
      const started = earlyCounts.started;
      const r = await build(args, cwd);
      expect(r.code, `${what}: ${r.stdout}${r.stderr}`).toBe(code);
      // It was started, and is gone by the time the command returns.
      expect(earlyCounts.started, what).toBe(started + 1);
      expect(browsersIn(tmp), what).toEqual([]);
      expect(await profiles(), what).toEqual([]);
    }
  });

  it('goes as soon as the build finds nothing to print, before the build returns', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-early-out-');
    expect((await buildIn(dir, { outDir: out })).built).toBe(1);
    startEarly({ executablePath: (await findBrowser({ env: process.env })).path, noSandbox: true });
    let runningWhenChecked = -1;
    // Nothing to make (everything up to date): the browser started for it is killed by the build itself, not by the command line.
    const report = await buildIn(dir, { outDir: out, onChecked: () => void (runningWhenChecked = browsersIn(tmp).length) });
    expect(runningWhenChecked).toBeGreaterThan(0);
    expect(report.upToDate).toBe(1);
    expect(browsersIn(tmp)).toEqual([]);
    expect(await profiles()).toEqual([]);
  });

  it('does not outlive a build killed while it starts', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-early-out-');
    const child = spawn(process.execPath, [join(root, 'bin', 'agenda'), 'build', dir, '--out', out, '--today', '2020-01-01'], {
      env: { ...envWith(), TMPDIR: tmp },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Killed (SIGKILL: no exit hook runs) once its browser is running.
    while (browsersIn(tmp).length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    expect(browsersIn(tmp).length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await exited;
    // The browser ends when its DevTools pipe closes; wait for it (a hang here is the failure).
    while (browsersIn(tmp).length > 0) await new Promise((r) => setTimeout(r, 50));
    expect(browsersIn(tmp)).toEqual([]);
    // The next build removes the profile folder the killed one left.
    expect(await profiles()).toHaveLength(1);
    expect((await build([dir, '--out', out], dir)).code).toBe(0);
    expect(await profiles()).toEqual([]);
  });
});
