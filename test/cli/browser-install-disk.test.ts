/**
 * `agenda browser install` on a full disk or a folder it may not write:
 * a write-failed diagnostic naming the folder and the cause (exit 2 through
 * the command line's EnvironmentError), and nothing half-unpacked left
 * where the finder would take it for a browser. Root ignores EACCES, so
 * the failure is injected: an install that unpacks part, then fails.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as browsers from '@puppeteer/browsers';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/base/errors.js';
import { useLanguage } from '../../src/base/messages/index.js';
import { runInstall } from '../../src/cli/browser-install.js';
import { cachedBrowserPaths } from '../../src/drivers/pdf/browser-cache.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agenda-install-disk-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => useLanguage('en'));

/** @puppeteer/browsers whose install unpacks the executable and part of the rest, then meets `code`. */
function failingAt(code: string): typeof browsers {
  return {
    ...browsers,
    install: (async (o: { cacheDir: string; buildId: string; platform: string }) => {
      const folder = join(o.cacheDir, 'chrome-headless-shell', `${o.platform}-${o.buildId}`, 'chrome-headless-shell-linux64');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'chrome-headless-shell'), '#!/bin/sh\n', { mode: 0o755 });
      throw Object.assign(new Error(`${code}: injected, write`), { code, syscall: 'write' });
    }) as unknown as typeof browsers.install,
  };
}

const io = (cache: string) => ({ stdout: () => undefined, stderr: () => undefined, env: { AGENDA_BROWSER_CACHE: cache, HOME: cache }, color: false, cwd: cache });

it.runIf(process.platform === 'linux' && process.arch === 'x64').each(['ENOSPC', 'EACCES', 'EROFS'])(
  '%s while unpacking: write-failed naming the folder, and no half browser left',
  async (code) => {
    const cache = join(dir, code);
    const error = await runInstall({ buildId: '1.2.3' }, io(cache), failingAt(code)).catch((e) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    const [d] = (error as EnvironmentError).diagnostics;
    expect(d.code).toBe('write-failed');
    expect(d.file).toBe(cache);
    expect(d.message).toContain(cache);
    expect(d.message).not.toMatch(/injected|internal error/);
    expect(existsSync(join(cache, 'chrome-headless-shell', 'linux-1.2.3'))).toBe(false);
    expect(await cachedBrowserPaths({ AGENDA_BROWSER_CACHE: cache, HOME: cache })).toEqual([]);
  },
);

it.runIf(process.platform === 'linux' && process.arch === 'x64')('says a full disk in the language spoken', async () => {
  await useLanguage('sv');
  const error = await runInstall({ buildId: '1.2.3' }, io(join(dir, 'sv')), failingAt('ENOSPC')).catch((e) => e);
  expect((error as EnvironmentError).diagnostics[0].message).toContain('disken är full');
});
