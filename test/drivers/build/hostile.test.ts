/**
 * A hostile source through the whole build: the HTML keeps nothing that runs
 * or loads, the PDF shows no local file, and a server on this machine that
 * the source points at hears nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { readPdf, type ReadPdf } from '../pdf/read-pdf.js';
import { envWith, listFiles, project, source, tempDir } from './helpers.js';

let server: Server;
const requests: string[] = [];
let html: string;
let ics: string;
let pdf: ReadPdf;
let secret: string;
let secretFile: string;
let code: number;
const hostname = await readFile('/etc/hostname', 'utf8').then(
  (s) => s.trim(),
  () => '',
);

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A file outside the project that nothing may read.
  secret = `hemmelig-${Math.random().toString(36).slice(2)}`;
  secretFile = join(await tempDir('agenda-secret-'), 'secret.txt');
  await writeFile(secretFile, secret);

  const body = `Hei <script>alert('body')</script> <img src="file:///etc/hostname"> <img src="file://${secretFile}">

<iframe src="file:///etc/hostname"></iframe>
<iframe src="file://${secretFile}"></iframe>

<link rel="stylesheet" href="${base}/style.css">

<p style="background: url(file:///etc/hostname)">Stil</p>

<div style="background-image: url(${base}/bg.png)">Bakgrunn</div>

<style>body { background: url(${base}/css.png) }</style>

<meta http-equiv="refresh" content="0;url=${base}/refresh">

<object data="${base}/object"></object> <embed src="${base}/embed"> <video src="${base}/video" poster="${base}/poster.png"></video>

![ekstern](${base}/pixel.png) ![lokal](file:///etc/hostname) ![utenfor](${secretFile}) ![opp](../${secretFile.split('/').slice(-2).join('/')})

[lenke](javascript:alert(1)) <a href="javascript:alert(2)">a</a> <a href="JaVaScRiPt:alert(3)">b</a>

<button onclick="alert(1)">Klikk</button> <span onmouseover="alert(2)">Over</span>

Til slutt: vanlig tekst.
`;
  const dir = await project({
    'fiendtlig.md': source({
      title: 'Fiendtlig samling',
      // The checks that refuse such links are turned off, as a careless or hostile author may:
      // what stops them then is the renderer and the page that prints.
      extra: `registration:\n  link: "javascript:alert(1)"\nrules:\n  link-unsafe: off\n  url-invalid: off\n  image-unreadable: off\n`,
      body,
    }),
  });
  const out = await tempDir('agenda-hostile-out-');
  const r = await run(['build', dir, '--out', out, '--concurrency', '2', '--today', '2020-01-01'], envWith(), dir);
  code = r.code;
  if (code !== 0) throw new Error(`build failed: ${r.stdout}${r.stderr}`);
  html = await readFile(join(out, 'fiendtlig.html'), 'utf8');
  ics = await readFile(join(out, 'fiendtlig.ics'), 'utf8');
  pdf = await readPdf(new Uint8Array(await readFile(join(out, 'fiendtlig.pdf'))));
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('a hostile source, built', { timeout: 60_000 }, () => {
  it('is built (the source is valid; only its content is hostile)', () => {
    expect(code).toBe(0);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.text).toContain('Til slutt: vanlig tekst.');
  });

  it('gives HTML with nothing that runs or loads', () => {
    // The registration link typed in the front matter is shown as text, not as a link; no other javascript: is left.
    expect(html.match(/javascript:/gi)).toEqual(['javascript:']);
    expect(html).toMatch(/<p>javascript:alert\(1\)\s*<\/p>/);
    expect(html).not.toMatch(/<[^>]*javascript:/i);
    for (const bad of [
      'file:',
      '<script',
      'onclick',
      'onmouseover',
      '<iframe',
      '<link',
      '<object',
      '<embed',
      '<video',
      'http-equiv="refresh"',
      '/refresh',
      '127.0.0.1',
      secretFile,
    ]) {
      expect(html.toLowerCase(), bad).not.toContain(bad.toLowerCase());
    }
    // Every address the page could load is inline data.
    for (const [, src] of html.matchAll(/\s(?:src|href|poster|data)="([^"]*)"/g)) expect(src).toMatch(/^(?:data:|#|https?:\/\/(?!127\.))/);
    for (const [, url] of html.matchAll(/url\(\s*["']?([^)"']*)/g)) expect(url).toMatch(/^data:/);
  });

  it('gives a PDF and a calendar that show no local file', () => {
    expect(pdf.text).not.toContain(secret);
    if (hostname) expect(pdf.text).not.toMatch(new RegExp(`(^|\\W)${hostname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`));
    expect(html).not.toContain(secret);
    expect(ics).not.toContain(secret);
    expect(ics.toLowerCase()).not.toContain('javascript:');
  });

  it('makes no request to the server the source points at', () => {
    expect(requests).toEqual([]);
  });

  it('is refused by the checks when they are on: exit 1, nothing written for it', async () => {
    const dir = await project({ 'fiendtlig.md': source({ title: 'Fiendtlig', body: '[lenke](javascript:alert(1)) ![fil](file:///etc/hostname)' }) });
    const out = await tempDir('agenda-hostile-out-');
    const r = await run(['build', dir, '--out', out, '--today', '2020-01-01'], envWith(), dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fiendtlig\.md\n\s+\d+:\d+-\d+:\d+ +error +The link "javascript:alert\(1\)" runs code/);
    expect(r.stdout).toContain('link-unsafe');
    expect(r.stdout).toMatch(/0 invitations: .*1 source not built \(errors\)/);
    expect((await listFiles(out)).filter((f) => f.startsWith('fiendtlig'))).toEqual([]);
  });
});
