/**
 * A browser that dies during a build: the build recovers and every PDF is
 * whole; a document that cannot be printed at all is reported, leaves no
 * partial or temporary file, keeps its previous PDF, and is tried again by
 * the next build. The beforePrint hook kills the browser by its pid.
 */
import type { BuildReport } from '../../../src/drivers/build/build.js';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PdfRendererOptions } from '../../../src/drivers/pdf/pdf-renderer.js';
import { readPdf } from '../pdf/read-pdf.js';
import { buildIn, listFiles, project, source, tempDir } from './helpers.js';

type Hook = NonNullable<PdfRendererOptions['beforePrint']>;
const names = ['alfa', 'beta', 'gamma', 'delta'];
const titles: Record<string, string> = { alfa: 'Alfa', beta: 'Beta', gamma: 'Gamma', delta: 'Delta' };
const kill = (pid: number | undefined) => process.kill(pid as number, 'SIGKILL');

let dir: string;
let out: string;
beforeEach(async () => {
  dir = await project(Object.fromEntries(names.map((n) => [`${n}.md`, source({ title: titles[n] })])));
  out = await tempDir('agenda-robust-out-');
});

async function expectWholePdf(name: string) {
  const pdf = await readPdf(new Uint8Array(await readFile(join(out, `${name}.pdf`))));
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.info.Title).toBe(titles[name]);
  expect(pdf.text).toContain(`Velkommen til ${titles[name]}`);
}

/** A hook that kills the browser at the attempts numbered (1 = the first print of the build), and records every attempt. */
function killAt(calls: number[]): { hook: Hook; attempts: number[] } {
  const attempts: number[] = [];
  const hook: Hook = ({ number, browserPid }) => {
    attempts.push(number);
    if (calls.includes(attempts.length)) kill(browserPid);
  };
  return { hook, attempts };
}

/** The views that could not be made: their name and why, from the build's diagnostics. */
function failuresOf(report: BuildReport): { name: string; message: string }[] {
  return report.diagnostics
    .filter((d) => d.code === 'pdf-failed')
    .map((d) => {
      const [, name, message] = /^The browser could not print (\S+): (.*)$/s.exec(d.message)!;
      return { name, message };
    });
}

describe('a browser that dies during the build', { timeout: 60_000 }, () => {
  it('is replaced, and every PDF is made whole', async () => {
    const { hook, attempts } = killAt([1]);
    const report = await buildIn(dir, { outDir: out, pdfRendererOptions: { beforePrint: hook } });
    expect(failuresOf(report)).toEqual([]);
    expect(report.built).toBe(names.length);
    // The killed document was printed again (a second attempt happened).
    expect(attempts).toContain(2);
    for (const name of names) await expectWholePdf(name);
    expect((await listFiles(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a document that fails both attempts', { timeout: 60_000 }, () => {
  // One page at a time: the first two prints are both attempts at the same document.
  const failFirst = () => killAt([1, 2]);

  it('is reported; the others are built; nothing partial is left', async () => {
    const { hook, attempts } = failFirst();
    const report = await buildIn(dir, { outDir: out, concurrency: 1, pdfRendererOptions: { beforePrint: hook } });
    expect(attempts.slice(0, 2)).toEqual([1, 2]);
    expect(failuresOf(report)).toHaveLength(1);
    const [failure] = failuresOf(report);
    expect(failure.message).toMatch(/^the browser closed or crashed \(tried twice\)$/);
    expect(names).toContain(failure.name);
    expect(report.built).toBe(names.length - 1);
    const files = await listFiles(out);
    expect(files).not.toContain(`${failure.name}.pdf`);
    expect(files.filter((f) => f.endsWith('.tmp') || (f.startsWith('.') && f !== '.agenda-build.json'))).toEqual([]);
    for (const name of names.filter((n) => n !== failure.name)) await expectWholePdf(name);
    // Its HTML and calendar were made, and the index offers them, without a PDF.
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain(`href="${failure.name}.html"`);
    expect(index).not.toContain(`href="${failure.name}.pdf"`);
  });

  it('keeps the PDF of the previous build whole', async () => {
    const first = await buildIn(dir, { outDir: out });
    expect(failuresOf(first)).toEqual([]);
    const before = new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(out, `${n}.pdf`))] as const)));
    const { hook } = failFirst();
    const report = await buildIn(dir, { outDir: out, concurrency: 1, force: true, pdfRendererOptions: { beforePrint: hook } });
    expect(failuresOf(report)).toHaveLength(1);
    const failed = failuresOf(report)[0].name;
    expect((await readFile(join(out, `${failed}.pdf`))).equals(before.get(failed)!)).toBe(true);
    await expectWholePdf(failed);
    expect((await listFiles(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The index still offers the invitation.
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(`href="${failed}.html"`);
  });

  it('is tried again by the next build, and only it', async () => {
    const { hook } = failFirst();
    const failedBuild = await buildIn(dir, { outDir: out, concurrency: 1, pdfRendererOptions: { beforePrint: hook } });
    const failed = failuresOf(failedBuild)[0].name;
    const next = await buildIn(dir, { outDir: out });
    expect(failuresOf(next)).toEqual([]);
    expect(next).toMatchObject({ failed: 0, built: 1, upToDate: names.length - 1 });
    await expectWholePdf(failed);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(`href="${failed}.pdf"`);
  });

  it('leaves nothing behind once its source is deleted', async () => {
    const { hook } = failFirst();
    const failedBuild = await buildIn(dir, { outDir: out, concurrency: 1, pdfRendererOptions: { beforePrint: hook } });
    const failed = failuresOf(failedBuild)[0].name;
    await rm(join(dir, `${failed}.md`));
    const next = await buildIn(dir, { outDir: out });
    expect(failuresOf(next)).toEqual([]);
    expect((await listFiles(out)).filter((f) => f.startsWith(`${failed}.`))).toEqual([]);
  });
});
