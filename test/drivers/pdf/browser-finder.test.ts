import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, systemBrowserPaths } from '../../../src/drivers/pdf/browser-finder.js';
import { chromiumArgs } from '../../../src/drivers/pdf/browser-launch.js';
import { singleProcessFrom } from '../../../src/drivers/pdf/browser-launch.js';

let dir: string;
let fakeChrome: string;
let notExecutable: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agenda-finder-'));
  fakeChrome = path.join(dir, 'chrome');
  await writeFile(fakeChrome, '#!/bin/sh\n');
  await chmod(fakeChrome, 0o755);
  notExecutable = path.join(dir, 'plain-file');
  await writeFile(notExecutable, '');
  await chmod(notExecutable, 0o644);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const nowhere = {
  systemPaths: ['/nonexistent/chromium', '/nonexistent/google-chrome'],
  pathNames: ['chromium-for-agenda-tests'],
  cachedPaths: async () => ['/nonexistent/cache/chrome-headless-shell'],
};

describe('findBrowser', () => {
  it('takes an explicit path first, even when CHROME_PATH is set', async () => {
    const found = await findBrowser({ ...nowhere, explicitPath: fakeChrome, env: { CHROME_PATH: '/usr/bin/other' } });
    expect(found).toEqual({ path: fakeChrome, source: 'option' });
  });

  it('fails on an explicit path that does not exist instead of picking another browser', async () => {
    const error = await findBrowser({ ...nowhere, explicitPath: path.join(dir, 'missing'), env: { CHROME_PATH: fakeChrome } }).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    expect(error.message).toContain(path.join(dir, 'missing'));
  });

  it('honours PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH, before system paths', async () => {
    expect(await findBrowser({ ...nowhere, env: { CHROME_PATH: fakeChrome } })).toEqual({ path: fakeChrome, source: 'CHROME_PATH' });
    expect(await findBrowser({ ...nowhere, env: { PUPPETEER_EXECUTABLE_PATH: fakeChrome, CHROME_PATH: '/nonexistent/x' } })).toEqual({
      path: fakeChrome,
      source: 'PUPPETEER_EXECUTABLE_PATH',
    });
    expect(await findBrowser({ ...nowhere, systemPaths: [fakeChrome], env: {} })).toEqual({ path: fakeChrome, source: 'system' });
  });

  it('fails on a CHROME_PATH or PUPPETEER_EXECUTABLE_PATH naming nothing instead of picking another browser', async () => {
    for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
      const error = await findBrowser({ ...nowhere, systemPaths: [fakeChrome], env: { [name]: '/nonexistent/x' } }).catch((e) => e);
      expect(error).toBeInstanceOf(BrowserNotFoundError);
      expect(error.message).toContain(`${name}: /nonexistent/x (not found)`);
    }
  });

  it('looks names up on PATH, then in the downloaded browsers', async () => {
    const onPath = await findBrowser({ ...nowhere, pathNames: ['chrome'], env: { PATH: `/nonexistent${path.delimiter}${dir}` } });
    expect(onPath).toEqual({ path: fakeChrome, source: 'PATH' });
    const downloaded = await findBrowser({ ...nowhere, env: {}, cachedPaths: async () => ['/nonexistent/shell', fakeChrome] });
    expect(downloaded).toEqual({ path: fakeChrome, source: 'downloaded' });
  });

  it('takes CHROME_BIN after CHROME_PATH, as CI images set it', async () => {
    expect(await findBrowser({ ...nowhere, env: { CHROME_BIN: fakeChrome } })).toEqual({ path: fakeChrome, source: 'CHROME_BIN' });
    const both = await findBrowser({ ...nowhere, env: { CHROME_PATH: fakeChrome, CHROME_BIN: '/nonexistent/other' } });
    expect(both.source).toBe('CHROME_PATH');
    await expect(findBrowser({ ...nowhere, env: { CHROME_BIN: '/nonexistent/chrome' } })).rejects.toThrow(/CHROME_BIN: \/nonexistent\/chrome \(not found\)/);
  });

  it('knows where Microsoft Edge is installed on macOS and Linux, and its names on PATH', () => {
    expect(systemBrowserPaths('darwin', { HOME: '/Users/a' })).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(systemBrowserPaths('darwin', { HOME: '/Users/a' })).toContain('/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(systemBrowserPaths('linux', {})).toEqual(expect.arrayContaining(['/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge']));
  });

  it('skips files that are not executable', async () => {
    const found = await findBrowser({ ...nowhere, systemPaths: [notExecutable, fakeChrome], env: {} });
    expect(found.path).toBe(fakeChrome);
  });

  it('names everything it tried and how to get a browser when none is found', async () => {
    const error = await findBrowser({ ...nowhere, systemPaths: [...nowhere.systemPaths, notExecutable], env: { PATH: dir } }).catch((e) => e);
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    const message: string = error.message;
    for (const tried of [
      'PUPPETEER_EXECUTABLE_PATH: (not set)',
      'CHROME_PATH: (not set)',
      'CHROME_BIN: (not set)',
      '/nonexistent/chromium',
      '/nonexistent/google-chrome',
      `${notExecutable} (not executable)`,
      'chromium-for-agenda-tests (not on PATH)',
      '/nonexistent/cache/chrome-headless-shell',
    ]) {
      expect(message).toContain(tried);
    }
    expect(message).toContain('apt install chromium');
    expect(message).toContain('CHROME_PATH');
    expect(message).toContain('agenda browser install');
    expect(error.tried).toHaveLength(8);
  });

  it('finds this machine’s browser with the real defaults', async () => {
    const found = await findBrowser();
    expect(found.path).toMatch(/chrom/i);
  });
});

describe('chromiumArgs', () => {
  it('adds --no-sandbox only when asked', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
  });
  it('always makes every host unresolvable', () => {
    expect(chromiumArgs(false)).toContain('--host-resolver-rules=MAP * ~NOTFOUND');
  });
  it('runs the browser as one process only when asked and without the sandbox', () => {
    expect(chromiumArgs(true, true)).toEqual(expect.arrayContaining(['--single-process', '--no-zygote']));
    expect(chromiumArgs(true)).not.toContain('--single-process');
    // With the sandbox, pages keep their own sandboxed processes.
    expect(chromiumArgs(false, true)).not.toContain('--single-process');
  });
});

describe('AGENDA_CHROMIUM_SINGLE_PROCESS', () => {
  it('keeps one browser process by default, and separate processes with 0, false, off or no', () => {
    for (const on of ['1', 'true', 'ON', 'yes', '']) expect(singleProcessFrom({ AGENDA_CHROMIUM_SINGLE_PROCESS: on })).toBe(true);
    for (const off of ['0', 'false', 'OFF', 'no', ' 0 ']) expect(singleProcessFrom({ AGENDA_CHROMIUM_SINGLE_PROCESS: off })).toBe(false);
    expect(singleProcessFrom({})).toBe(true);
  });
});

describe('the finder in the secretary’s language', () => {
  it('says what it tried, why each failed and how to get a browser in the language spoken', async () => {
    const { useLanguage } = await import('../../../src/base/messages/index.js');
    try {
      await useLanguage('nb');
      const error: BrowserNotFoundError = await findBrowser({ ...nowhere, systemPaths: [notExecutable], env: { PATH: dir } }).catch((e) => e);
      expect(error.list.split('\n')[0]).toBe('Fant ingen Chrome eller Chromium å lage PDF med. Så etter:');
      expect(error.message).toContain('CHROME_PATH: (ikke satt)');
      expect(error.message).toContain(`maskinen: ${notExecutable} (kan ikke kjøres)`);
      expect(error.message).toContain('chromium-for-agenda-tests (ikke i PATH)');
      expect(error.message).toContain('Slik får du en');
      await useLanguage('sv');
      const swedish: BrowserNotFoundError = await findBrowser({ ...nowhere, env: {} }).catch((e) => e);
      expect(swedish.message).toContain('/nonexistent/chromium (finns inte)');
      // Not a word of the English left, in either.
      for (const english of ['Tried', 'not set', 'not found', 'not executable', 'To get one']) {
        expect(error.message).not.toContain(english);
        expect(swedish.message).not.toContain(english);
      }
    } finally {
      await useLanguage('en');
    }
  });
});
