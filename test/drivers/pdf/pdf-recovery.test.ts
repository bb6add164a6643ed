/**
 * Crashes, hangs and failed writes. One renderer (one browser at a time) for
 * each mode; the beforePrint hook kills or freezes that browser mid-job.
 * Both modes: a browser of several processes (the default) and one process
 * (`--single-process`), where a crashed page is a crashed browser.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPdfRenderer, PdfRenderError, type PdfRenderer, type PdfRendererOptions } from '../../../src/drivers/pdf/pdf-renderer.js';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { agendaMeta, norwegianAgenda } from './fixtures.js';
import { readPdf } from './read-pdf.js';

type Hook = NonNullable<PdfRendererOptions['beforePrint']>;
let hook: Hook | undefined;

// Long enough for a fresh browser to print on a loaded machine (the retry after a hang is timed by it too).
const TIMEOUT_MS = 8_000;
const kill = (pid: number | undefined): void => {
  process.kill(pid as number, 'SIGKILL');
};
const job = { html: norwegianAgenda(), meta: agendaMeta };

const FONT_URL = 'https://fonts.invalid/source-sans-3.woff2';
const fontBody = readFileSync(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2'));
/** The page asks for its font while it lays the document out: `onAsk` runs then, in the middle of the print. */
function jobAskingForItsFont(onAsk: () => void) {
  let asked = false;
  class Assets extends Map<string, { body: Buffer; contentType: string }> {
    override get(url: string) {
      if (!asked && url === FONT_URL) {
        asked = true;
        onAsk();
      }
      return super.get(url);
    }
  }
  const font = `@font-face { font-family: 'Agenda Sans'; src: url(${FONT_URL}) format('woff2'); } body { font-family: 'Agenda Sans' }`;
  const html = norwegianAgenda().replace('</style>', `${font}</style>`);
  return { html, meta: agendaMeta, assets: new Assets([[FONT_URL, { body: fontBody, contentType: 'font/woff2' }]]) };
}

/** Running processes whose command line names `text` (zombies excluded). */
function processesUsing(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text) && stat[stat.lastIndexOf(')') + 2] !== 'Z') found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

async function expectValidAgenda(bytes: Uint8Array): Promise<void> {
  const pdf = await readPdf(bytes);
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('Blåbærsyltetøy');
}

describe.each([false, true])('single process: %s', (singleProcess) => {
  let tmp: string;
  let savedTmp: string | undefined;
  let renderer: PdfRenderer;
  let dir: string;

  beforeAll(async () => {
    // A temporary folder of our own, to see what the browsers leave behind.
    tmp = await mkdtemp(path.join(os.tmpdir(), 'agenda-recovery-tmp-'));
    savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    renderer = await openPdfRenderer({ concurrency: 2, timeoutMs: TIMEOUT_MS, singleProcess, noSandbox: singleProcess || undefined, beforePrint: (attempt) => hook?.(attempt) });
    expect(renderer.stats().singleProcess).toBe(singleProcess);
    dir = await mkdtemp(path.join(os.tmpdir(), 'agenda-recovery-'));
  }, 60_000);
  afterAll(async () => {
    await renderer?.close();
    await rm(dir, { recursive: true, force: true });
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    await rm(tmp, { recursive: true, force: true });
  });
  beforeEach(() => {
    hook = undefined;
  });

  describe('recovery', { timeout: 30_000 }, () => {
    it('relaunches a browser killed in the middle of a job and still delivers the PDF', async () => {
      const earlier = await renderer.render(job);
      const before = renderer.stats();
      const attempts: number[] = [];
      hook = ({ number, browserPid }) => {
        attempts.push(number);
        if (number === 1) kill(browserPid);
      };
      const bytes = await renderer.render(job);
      await expectValidAgenda(bytes);
      // Same bytes from the new browser as from the old one.
      expect(Buffer.from(bytes).equals(Buffer.from(earlier))).toBe(true);
      expect(attempts).toEqual([1, 2]);
      const after = renderer.stats();
      expect(after.launches).toBe(before.launches + 1);
      expect(after.browserPid).not.toBe(before.browserPid);
    });

    it('relaunches a browser killed while it lays the page out, and the PDF is whole', async () => {
      const before = renderer.stats();
      const attempts: number[] = [];
      hook = ({ number }) => void attempts.push(number);
      let killed: number | undefined;
      const bytes = await renderer.render(jobAskingForItsFont(() => kill((killed = renderer.stats().browserPid))));
      await expectValidAgenda(bytes);
      expect(killed).toBe(before.browserPid);
      expect(attempts).toEqual([1, 2]);
      expect(renderer.stats().launches).toBe(before.launches + 1);
    });

    it('retries every job that was in flight when the browser died, with one relaunch, at once', async () => {
      // A time-out longer than the test's: the lost browser must be noticed, not waited out.
      const patient = await openPdfRenderer({
        concurrency: 2,
        timeoutMs: 600_000,
        singleProcess,
        noSandbox: singleProcess || undefined,
        beforePrint: (attempt) => hook?.(attempt),
      });
      const attempts: number[] = [];
      let arrived = 0;
      let bothArrived: () => void = () => undefined;
      const barrier = new Promise<void>((resolve) => (bothArrived = resolve));
      hook = async ({ number, browserPid }) => {
        attempts.push(number);
        if (number !== 1) return;
        // Both jobs hold a page of the same browser; then it dies under both.
        if (++arrived === 2) {
          kill(browserPid);
          bothArrived();
        }
        await barrier;
      };
      try {
        const results = await Promise.all([patient.render(job), patient.render(job)]);
        for (const bytes of results) await expectValidAgenda(bytes);
        expect(attempts).toEqual([1, 1, 2, 2]);
        expect(patient.stats().launches).toBe(2);
      } finally {
        await patient.close();
      }
    });

    it('kills and replaces a browser that stops answering, then finishes the job', async () => {
      const before = renderer.stats();
      hook = ({ number, browserPid }) => {
        if (number === 1) process.kill(browserPid as number, 'SIGSTOP');
      };
      const started = Date.now();
      await expectValidAgenda(await renderer.render(job));
      expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS);
      expect(renderer.stats().launches).toBe(before.launches + 1);
      // The frozen browser is gone, not left behind stopped.
      expect(() => process.kill(before.browserPid as number, 0)).toThrow();
    }, 40_000);

    it('rejects only the job that fails twice; the next job works', async () => {
      hook = ({ browserPid }) => kill(browserPid);
      const error = await renderer.render(job).catch((e) => e);
      expect(error).toBeInstanceOf(PdfRenderError);
      expect(error.message).toBe('the browser closed or crashed (tried twice)');
      hook = undefined;
      await expectValidAgenda(await renderer.render(job));
    });
  });

  describe('writing', { timeout: 30_000 }, () => {
    it('writes the finished PDF and nothing else', async () => {
      const out = path.join(dir, 'ok', 'invitation.pdf');
      await mkdir(path.dirname(out));
      await renderer.write(job, out);
      await expectValidAgenda(new Uint8Array(await readFile(out)));
      expect(await readdir(path.dirname(out))).toEqual(['invitation.pdf']);
    });

    it('leaves no temporary file and no partial PDF when rendering fails', async () => {
      const folder = await mkdtemp(path.join(dir, 'fail-'));
      hook = ({ browserPid }) => kill(browserPid);
      await expect(renderer.write(job, path.join(folder, 'invitation.pdf'))).rejects.toBeInstanceOf(PdfRenderError);
      expect(await readdir(folder)).toEqual([]);
    });

    it('keeps the previous PDF whole when a new one cannot be made', async () => {
      const folder = await mkdtemp(path.join(dir, 'keep-'));
      const out = path.join(folder, 'invitation.pdf');
      await writeFile(out, 'previous build');
      hook = ({ browserPid }) => kill(browserPid);
      await expect(renderer.write(job, out)).rejects.toThrow();
      expect(await readFile(out, 'utf8')).toBe('previous build');
      expect(await readdir(folder)).toEqual(['invitation.pdf']);
    });
  });

  describe('closing', () => {
    it('removes the profile folders of every browser it launched, crashed ones included', async () => {
      expect(renderer.stats().launches).toBeGreaterThan(3);
      await renderer.close();
      const left = (await readdir(tmp)).filter((name) => name !== path.basename(dir));
      expect(left).toEqual([]);
      // No browser left running, the killed and frozen ones included.
      expect(processesUsing(tmp)).toEqual([]);
    });
  });
});
