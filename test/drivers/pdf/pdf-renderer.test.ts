/**
 * One browser for this file (concurrency 1, so every job after the first
 * reuses the same page: state must not leak between documents). Run as
 * root, without the sandbox, that browser is one process, and documents
 * with images it would crash on print in a second one beside it.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../pipeline/in-memory.js';
import { rewriteInfo } from '../../../src/drivers/pdf/pdf-info-rewrite.js';
import { infoFields } from '../../../src/drivers/pdf/pdf-metadata.js';
import { openPdfRenderer, type PdfJob, type PdfRenderer } from '../../../src/drivers/pdf/pdf-renderer.js';
import { mayDecodeRaster } from '../../../src/drivers/pdf/raster-images.js';
import { loadMarkdown } from '../../../src/parse/markdown-body.js';
import { templateNames } from '../../../src/render/template-names.js';
import { agendaMeta, norwegianAgenda } from './fixtures.js';
import { readPdf, xrefProblems } from './read-pdf.js';

const require = createRequire(import.meta.url);
const root = path.join(import.meta.dirname, '..', '..', '..');
const join = path.join;
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z
let renderer: PdfRenderer;

beforeAll(async () => {
  renderer = await openPdfRenderer({ concurrency: 1, timeoutMs: 20_000, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
}, 60_000);
afterAll(() => renderer?.close());

describe('rendering', () => {
  it('prints Norwegian text on the right number of pages', async () => {
    const one = await readPdf(await renderer.render({ html: norwegianAgenda(), meta: agendaMeta }));
    expect(one.pages).toBe(1);
    for (const words of ['Årsmøte i Asker Lions', 'Blåbærsyltetøy og rødgrøt', 'Øystein Ås og Åse Ærø', 'møterom Ørnen']) {
      expect(one.text).toContain(words);
    }
    const three = await readPdf(await renderer.render({ html: norwegianAgenda({ pages: 3 }), meta: agendaMeta }));
    expect(three.pages).toBe(3);
    expect(three.text).toContain('Regnskap for Ørsta');
  });

  it('embeds every font, including a web font given as a data: URL', async () => {
    const pdf = await readPdf(await renderer.render({ html: norwegianAgenda({ font: true }), meta: agendaMeta }));
    expect(pdf.unembeddedFonts).toEqual([]);
    expect(pdf.embeddedFonts.some((name) => /SourceSans/i.test(name))).toBe(true);
  });

  it('carries title, author, subject, keywords, language, a tagged structure and an outline', async () => {
    const bytes = await renderer.render({ html: norwegianAgenda({ pages: 2 }), meta: { ...agendaMeta, date: new Date('2030-01-01') } });
    const pdf = await readPdf(bytes);
    expect(pdf.info).toMatchObject({
      Title: 'Årsmøte i Asker Lions',
      Author: 'Asker Lions Club',
      Subject: 'Innkalling til årsmøte 20. mars 2026',
      Keywords: 'årsmøte, Asker',
      Creator: 'agenda',
      Producer: await renderer.browserVersion(),
      Language: 'nb',
      // SOURCE_DATE_EPOCH wins over the job's date.
      CreationDate: 'D:20260101000000Z',
      ModDate: 'D:20260101000000Z',
    });
    expect(pdf.lang).toBe('nb');
    expect(pdf.tagged).toBe(true);
    expect(pdf.outline).toEqual(['Årsmøte i Asker Lions']);
    expect(xrefProblems(bytes)).toEqual([]);
    // Chromium's layout stays one the in-place rewrite understands (no pdf-lib round trip).
    expect(rewriteInfo(bytes, infoFields(agendaMeta, { creator: 'x', producer: 'y', date: new Date(0) }))).toBeDefined();
  });

  it('sets /Lang from the job when the HTML says otherwise', async () => {
    const bytes = await renderer.render({ html: norwegianAgenda({ lang: 'en' }), meta: { ...agendaMeta, language: 'nn' } });
    const pdf = await readPdf(bytes);
    expect(pdf.lang).toBe('nn');
    expect(pdf.info.Title).toBe('Årsmøte i Asker Lions');
    expect(pdf.tagged).toBe(true);
    expect(xrefProblems(bytes)).toEqual([]);
  });

  it('gives byte-identical PDFs for the same HTML', async () => {
    const job = { html: norwegianAgenda({ font: true, pages: 2 }), meta: agendaMeta };
    const first = await renderer.render(job);
    await renderer.render({ html: norwegianAgenda(), meta: { ...agendaMeta, title: 'Noe annet' } });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a clock-based date would now differ
    const second = await renderer.render(job);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('reports the browser it uses', async () => {
    expect(await renderer.browserVersion()).toMatch(/Chrom\w*\/\d+\./);
    expect(renderer.browser.path).toBeTruthy();
    expect(renderer.stats()).toMatchObject({ launches: 1, idlePages: 1 });
  });
});

describe('untrusted content', () => {
  let server: http.Server;
  let port: number;
  let requests: string[];
  let connections: number;
  let dir: string;
  let secretFile: string;
  let secret: string;

  beforeAll(async () => {
    requests = [];
    connections = 0;
    server = http.createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('LEAKED-FROM-SERVER');
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    dir = await mkdtemp(path.join(os.tmpdir(), 'agenda-secret-'));
    secret = `SECRET${randomBytes(8).toString('hex')}`;
    secretFile = path.join(dir, 'secret.txt');
    await writeFile(secretFile, secret);
  });
  afterAll(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  function hostile(): string {
    const local = `http://127.0.0.1:${port}`;
    const files = [secretFile, '/etc/hostname'].map((f) => `file://${f}`);
    const refs = [...files, `${local}/x`, 'http://example.invalid/x']
      .map(
        (url) => `
      <img src="${url}"><iframe src="${url}"></iframe><object data="${url}"></object>
      <link rel="stylesheet" href="${url}"><div style="background: url(${url}); height: 5px"></div>`,
      )
      .join('');
    return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Fiendtlig</title>
      <meta http-equiv="refresh" content="0;url=${local}/refresh">
      <link rel="preconnect" href="${local}"><link rel="dns-prefetch" href="${local}"><link rel="prefetch" href="${local}/prefetch">
      <style>@import url(${files[0]}); @import url(${local}/import.css); @font-face { font-family: X; src: url(${local}/font.woff2) }
        h1 { font-family: X, sans-serif }</style>
      </head><body><h1>Synlig innhold</h1>${refs}
      <script>document.body.textContent = 'PWNED'; fetch('${local}/script');</script>
      <script src="${local}/external.js"></script>
      </body></html>`;
  }

  it('loads nothing from files or the network and runs no script', async () => {
    const bytes = await renderer.render({ html: hostile(), meta: { title: 'Fiendtlig', language: 'nb' } });
    // Give stray preconnects and prefetches time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pdf = await readPdf(bytes);
    expect(pdf.text).toContain('Synlig innhold');
    expect(pdf.text).not.toContain('PWNED');
    expect(pdf.text).not.toContain(secret);
    expect(pdf.text).not.toContain('LEAKED');
    const hostname = (await readFile('/etc/hostname', 'utf8').catch(() => '')).trim();
    if (hostname.length >= 4) expect(pdf.text).not.toContain(hostname);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toContain(secret);
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
  });

  it('loads nothing and runs no script in the one-process browser either (the document without its image elements)', async () => {
    const html = hostile().replace(/<(img|iframe|object)\b[^>]*>(<\/\1>)?/g, '');
    expect(mayDecodeRaster(html)).toBe(false);
    const launches = renderer.stats().launches;
    const pdf = await readPdf(await renderer.render({ html, meta: { title: 'Fiendtlig', language: 'nb' } }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pdf.text).toContain('Synlig innhold');
    expect(pdf.text).not.toContain('PWNED');
    expect(pdf.text).not.toContain(secret);
    expect(pdf.text).not.toContain('LEAKED');
    expect(requests).toEqual([]);
    expect(connections).toBe(0);
    expect(renderer.stats().launches).toBe(launches);
  });

  it('keeps a refused refresh from replacing this or a later document on the same page', async () => {
    await renderer.render({ html: hostile(), meta: { title: 'Fiendtlig', language: 'nb' } });
    const delayed = `<!doctype html><html lang="nb"><head><meta http-equiv="refresh" content="1;url=http://127.0.0.1:${port}/late"></head><body><p>Første</p></body></html>`;
    await renderer.render({ html: delayed, meta: { title: 'Første', language: 'nb' } });
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the refresh fires while the page is idle
    const later = await readPdf(await renderer.render({ html: norwegianAgenda(), meta: agendaMeta }));
    expect(later.text).toContain('Blåbærsyltetøy');
    expect(requests).toEqual([]);
  });

  it('runs no script in a page that has been used before', async () => {
    const html = `<!doctype html><html lang="nb"><body><p id="p">Uendret tekst</p><script>document.getElementById('p').textContent = 'PWNED'</script></body></html>`;
    const pdf = await readPdf(await renderer.render({ html, meta: { title: 'Skript', language: 'nb' } }));
    expect(pdf.text).toContain('Uendret tekst');
    expect(pdf.text).not.toContain('PWNED');
  });
});

describe('fonts given by URL from memory', () => {
  const serif = readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2'));
  // A fresh name per use: a page keeps what it loaded in its memory cache, and a refusal must be tested on a name it never had.
  const fresh = () => `https://fonts.invalid/${randomBytes(16).toString('hex')}.woff2`;
  const given = (url: string) => new Map([[url, { body: serif, contentType: 'font/woff2' }]]);
  const probe = (url: string) =>
    norwegianAgenda().replace(
      '</style>',
      `@font-face { font-family: 'Probe'; font-weight: 600; src: url(${url}) format('woff2'); } h1 { font-family: 'Probe', sans-serif; }</style>`,
    );
  const serifEmbedded = async (job: PdfJob) => (await readPdf(await renderer.render(job))).embeddedFonts.some((name) => /SourceSerif/i.test(name));

  it('prints an invitation the same with its fonts by URL as with them inlined', { timeout: 120_000 }, async () => {
    await loadMarkdown();
    const file = join(root, 'examples', 'ost-oppstart-2020.md');
    const project = { root, config: {}, templateNames: templateNames(), today: { year: 2019, month: 1, day: 1 }, request: { audiences: 'all' as const } };
    const [view] = compile(readFileSync(file, 'utf8'), file, project, 'ost', { sourceId: 'ost.md', date: new Date(0) }).views;
    expect(view.print.html).not.toContain('data:font/woff2;base64');
    expect(view.print.assets.size).toBeGreaterThan(0);
    const byUrl = await renderer.render(view.print);
    const inlined = await renderer.render({ html: view.html, meta: view.print.meta });
    const pdf = await readPdf(byUrl);
    expect(pdf.embeddedFonts.some((name) => /^[A-Z]{6}\+SourceSans3/.test(name))).toBe(true);
    expect(pdf.embeddedFonts.some((name) => /^[A-Z]{6}\+SourceSerif4/.test(name))).toBe(true);
    expect(pdf.embeddedFonts.every((name) => /SourceS(ans|erif)/.test(name))).toBe(true);
    expect(pdf.text).toContain('Oppstartsamling');
    expect(Buffer.from(byUrl).equals(Buffer.from(inlined))).toBe(true);
  });

  it('answers the URLs the job gives, and no other, not even another fonts.invalid name', { timeout: 60_000 }, async () => {
    const url = fresh();
    expect(await serifEmbedded({ html: probe(url), meta: agendaMeta, assets: given(url) })).toBe(true);
    expect(await serifEmbedded({ html: probe(fresh()), meta: agendaMeta, assets: given(fresh()) })).toBe(false);
  });

  it('answers them on a page that printed a document allowing fonts only as data:', { timeout: 60_000 }, async () => {
    const strict = norwegianAgenda().replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; font-src data:; style-src 'unsafe-inline'">`,
    );
    await renderer.render({ html: strict, meta: agendaMeta });
    const url = fresh();
    expect(await serifEmbedded({ html: probe(url), meta: agendaMeta, assets: given(url) })).toBe(true);
  });

  it('does not answer a URL that only an earlier job on the same page gave', { timeout: 60_000 }, async () => {
    const [used, unused] = [fresh(), fresh()];
    const both = new Map([...given(used), ...given(unused)]);
    const launches = renderer.stats().launches;
    expect(await serifEmbedded({ html: probe(used), meta: agendaMeta, assets: both })).toBe(true);
    expect(await serifEmbedded({ html: probe(unused), meta: agendaMeta })).toBe(false);
    // The same browser, so the same page (no crash and relaunch in between).
    expect(renderer.stats().launches).toBe(launches);
  });
});
