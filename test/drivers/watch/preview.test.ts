/**
 * `agenda preview` in a real browser, the real command line on real files:
 * the page follows each save, shows a source's findings over its last good
 * version until they are fixed, and the server gives out nothing but what
 * the build wrote, to nobody but this machine.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../src/drivers/pdf/browser-finder.js';
import { project, source, tempDir } from '../build/helpers.js';
import { Agenda, settled } from './cli-process.js';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openBrowser(profiles: string): Promise<Browser> {
  const { path } = await findBrowser({ env: process.env });
  browser = await puppeteer.launch({ executablePath: path, headless: true, userDataDir: await mkdtemp(join(profiles, 'profile-')), args: ['--no-sandbox'] });
  return browser;
}

const urlOf = (a: Agenda) => /previewing at (http:\/\/\S+)/.exec(a.stdout)?.[1];
/** The first build's summary, which names the index it wrote. */
const firstBuilt = (a: Agenda) => /index\.html/.test(a.stdout);

/** A raw request, the path sent as written (no URL normalising), with the Host header given. */
function get(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (s: string) => (body += s));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject).end();
  });
}

describe('agenda preview', { timeout: 240_000 }, () => {
  it('reloads the page on a save, shows the findings over the last good page, and drops them once fixed', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-preview-out-');
    const agenda = new Agenda(['preview', dir, '-o', out, '--no-pdf', '--today', '2020-01-01'], dir);
    await agenda.until('the address', () => !!urlOf(agenda));
    const url = urlOf(agenda)!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // The address comes with the first invitation; the index once the first build is over.
    await agenda.until('the first build', () => firstBuilt(agenda));

    const page = await (await openBrowser(await tempDir('agenda-preview-browser-'))).newPage();
    await page.goto(url);
    expect(await page.$eval('body', (b) => b.innerText)).toContain('Alfa');
    await Promise.all([page.waitForNavigation(), page.click('a[href="alfa.html"]')]);
    expect(await page.title()).toContain('Alfa');
    // Connected to the server's events before anything changes.
    await page.waitForSelector('html[data-agenda-preview="live"]', { timeout: 60_000 });

    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa endret' }));
    await page.waitForFunction(() => document.body.innerText.includes('Alfa endret'), { timeout: 120_000 });

    // Broken: the finding (place, message, hint) over the page as it was.
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa igjen' }).replace('time: 10.00', 'time: 25.00'));
    const overlay = await page.waitForSelector('#agenda-preview-problems', { timeout: 120_000 });
    const shown = await overlay!.evaluate((e) => (e as HTMLElement).innerText);
    expect(shown).toMatch(/\d+:\d+\s+error\s+"25\.00" is not a time of day/);
    expect(shown).toMatch(/hint: write a time as/);
    expect(shown).toContain('alfa.md');
    expect(await page.$eval('main', (m) => (m as HTMLElement).innerText)).toContain('Alfa endret');
    // The index shows every source's findings; beta's page none.
    const other = await browser!.newPage();
    await other.goto(`${url}beta.html`);
    await other.waitForSelector('html[data-agenda-preview="live"]');
    expect(await other.$('#agenda-preview-problems')).toBeNull();
    await other.goto(url);
    expect(await (await other.waitForSelector('#agenda-preview-problems'))!.evaluate((e) => (e as HTMLElement).innerText)).toContain('25.00');

    // Fixed: the overlay goes and the page shows the new text.
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa rettet' }));
    await page.waitForFunction(() => document.body.innerText.includes('Alfa rettet') && !document.getElementById('agenda-preview-problems'), { timeout: 120_000 });

    // The files on disk are as built: no script in them.
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).not.toContain('<script');
    expect((await agenda.interrupt()).code).toBe(130);
    expect(await settled(agenda)).toEqual([]);
  });

  it('serves only what the build wrote, only to this machine', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'hemmelig.txt': 'hemmelig' });
    const out = await tempDir('agenda-preview-out-');
    const agenda = new Agenda(['preview', dir, '-o', out, '--no-pdf', '--today', '2020-01-01'], dir);
    await agenda.until('the address', () => !!urlOf(agenda));
    const url = urlOf(agenda)!;
    await symlink(join(dir, 'hemmelig.txt'), join(out, 'lenke.txt'));
    const outName = out.split('/').pop()!;

    expect((await get(url, '/alfa.html')).status).toBe(200);
    expect((await get(url, '/alfa.ics')).body).toContain('BEGIN:VCALENDAR');
    for (const path of [
      '/../hemmelig.txt',
      `/../${outName}/alfa.html`,
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/lenke.txt',
      '/.agenda-build.json',
      '/a%00.html',
      '/..\\..\\etc\\passwd',
    ]) {
      const r = await get(url, path);
      expect([403, 404], path).toContain(r.status);
      expect(r.body, path).not.toContain('hemmelig');
      expect(r.body, path).not.toContain('root:');
    }
    expect((await get(url, '/nothing.html')).status).toBe(404);
    // Another name for this machine's address (a web page's own domain rebound to 127.0.0.1) is refused.
    expect((await get(url, '/alfa.html', 'evil.example')).status).toBe(403);
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('builds into a temporary folder when no -o is given, removed on the way out', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const tmp = await tempDir('agenda-preview-tmp-');
    const agenda = new Agenda(['preview', dir, '--no-pdf', '--today', '2020-01-01', '--port', '0'], dir, { TMPDIR: tmp });
    await agenda.until('the address', () => !!urlOf(agenda));
    await agenda.until('the first build', () => firstBuilt(agenda));
    expect((await readdir(tmp)).filter((f) => f.startsWith('agenda-preview-'))).toHaveLength(1);
    expect((await get(urlOf(agenda)!, '/')).body).toContain('Alfa');
    expect((await agenda.interrupt()).code).toBe(130);
    expect((await readdir(tmp)).filter((f) => f.startsWith('agenda-preview-'))).toEqual([]);
  });

  it('--open hands the address to the desktop’s opener, and prints it plainly when none can be started', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const bin = await tempDir('agenda-preview-opener-');
    const opened = join(bin, 'opened.txt');
    await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`, { mode: 0o755 });
    const agenda = new Agenda(['preview', dir, '--no-pdf', '--today', '2020-01-01', '--open'], dir, { PATH: `${bin}:/usr/bin:/bin` });
    await agenda.until('the address', () => !!urlOf(agenda));
    // The opener runs on its own: its mark is the file it writes.
    for (let i = 0; i < 600 && !existsSync(opened); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await readFile(opened, 'utf8')).toBe(`${urlOf(agenda)}\n`);
    expect(agenda.stderr).not.toContain('could not open');
    expect((await agenda.interrupt()).code).toBe(130);

    // No opener on the PATH (a server, a container): said, and the address printed on a line of its own.
    const without = new Agenda(['preview', dir, '--no-pdf', '--today', '2020-01-01', '--open'], dir, { PATH: await tempDir('agenda-preview-no-opener-') });
    await without.until('the opener’s failure', (o) => /could not open a browser/.test(o.stderr));
    const url = urlOf(without)!;
    expect(without.stderr).toContain(`could not open a browser (xdg-open: ENOENT); open this address in one:\n  ${url}\n`);
    expect((await get(url, '/alfa.html')).status).toBe(200);
    expect((await without.interrupt()).code).toBe(130);
  });
});
