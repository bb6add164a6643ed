/**
 * No Chromium process outlives the command: a browser whose connection is
 * lost while it still runs is killed on close, a crashed page fails its
 * attempt at once, and what a build killed with SIGKILL left (a profile
 * folder, a browser still running in it) is removed by the next launch.
 * Each test has a temporary folder of its own, so the browsers it counts
 * (by their --user-data-dir) are its own.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/drivers/pdf/browser-finder.js';
import { LaunchedBrowser } from '../../../src/drivers/pdf/browser-launch.js';
import { openPdfRenderer } from '../../../src/drivers/pdf/pdf-renderer.js';
import { removeStaleProfiles } from '../../../src/drivers/pdf/profile-folders.js';
import { agendaMeta, norwegianAgenda } from './fixtures.js';
import { readPdf } from './read-pdf.js';
import { processesUsing } from '../../processes.js';

let tmp: string;
let savedTmp: string | undefined;
let executablePath: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'agenda-cleanup-tmp-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  executablePath = (await findBrowser({ env: process.env })).path;
});
afterAll(async () => {
  for (const pid of processesUsing(tmp)) process.kill(pid, 'SIGKILL');
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(tmp, { recursive: true, force: true });
});

const profiles = async () => (await readdir(tmp)).filter((n) => n.startsWith('agenda-chromium-'));

describe('closing a browser', { timeout: 60_000 }, () => {
  it('kills one whose connection was lost while it still runs, and returns', async () => {
    const browser = await LaunchedBrowser.launch({ executablePath, noSandbox: true, protocolTimeoutMs: 10_000 });
    expect(processesUsing(tmp).length).toBeGreaterThan(1);
    // Frozen, and the connection gone: the browser is "dead" to the renderer but still there.
    process.kill(-browser.pid!, 'SIGSTOP');
    await browser.browser.disconnect();
    expect(browser.dead).toBe(true);
    await browser.close();
    expect(processesUsing(tmp)).toEqual([]);
    expect(await profiles()).toEqual([]);
  });
});

describe('a crashed page', { timeout: 60_000 }, () => {
  it('fails its attempt at once (not at the time-out), the retry prints in a new browser, and no process is left', async () => {
    const attempts: number[] = [];
    let crashedIn: number | undefined;
    // A time-out longer than the test's: the crash must be noticed, not waited out.
    const renderer = await openPdfRenderer({
      concurrency: 1,
      timeoutMs: 300_000,
      // Renderer processes of their own: the mode whose pages can crash alone.
      singleProcess: false,
      beforePrint: ({ number, browserPid }) => {
        attempts.push(number);
        if (number === 1) crashedIn = browserPid;
        if (number === 1) for (const pid of processesUsing(tmp, 'renderer')) process.kill(pid, 'SIGKILL');
      },
    });
    try {
      const pdf = await readPdf(await renderer.render({ html: norwegianAgenda(), meta: agendaMeta }));
      expect(pdf.text).toContain('Blåbærsyltetøy');
      expect(attempts).toEqual([1, 2]);
      // Killing every renderer (the page's and the spare ones) can leave the browser handing the next
      // page to a renderer that is dying, and that page never opened: the retry uses a browser of its own.
      expect(renderer.stats().launches).toBe(2);
      expect(renderer.stats().browserPid).not.toBe(crashedIn);
    } finally {
      await renderer.close();
    }
    expect(processesUsing(tmp)).toEqual([]);
    expect(await profiles()).toEqual([]);
  });
});

describe('what a build killed with SIGKILL left', { timeout: 60_000 }, () => {
  it('is removed by the next launch: the profile folder, and a browser still running in it', async () => {
    // The id of a process that has exited: the "killed build".
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const stale = path.join(tmp, `agenda-chromium-${gone.pid}-AbC123`);
    const kept = path.join(tmp, `agenda-chromium-${process.ppid}-XyZ789`);
    await mkdir(stale);
    await mkdir(kept);
    // An orphaned browser in the stale folder, in a process group of its own, as puppeteer starts it.
    const orphan = spawn(executablePath, ['--headless', '--no-sandbox', `--user-data-dir=${stale}`, '--remote-debugging-port=0', 'about:blank'], {
      detached: true,
      stdio: 'ignore',
    });
    orphan.unref();
    for (let i = 0; i < 200 && !existsSync(path.join(stale, 'SingletonLock')); i++) await new Promise((r) => setTimeout(r, 100));
    expect(processesUsing(stale).length).toBeGreaterThan(0);

    expect(await removeStaleProfiles(tmp)).toBe(1);
    for (let i = 0; i < 50 && processesUsing(stale).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(processesUsing(stale)).toEqual([]);
    expect(existsSync(stale)).toBe(false);
    // A folder whose build is still running is left alone.
    expect(existsSync(kept)).toBe(true);
    await rm(kept, { recursive: true });
  });
});
