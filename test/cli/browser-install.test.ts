/**
 * `agenda browser install` downloads the headless shell into the user cache
 * folder (here from a local mirror, --base-url), and the browser finder then
 * finds it there.
 */
import { access, constants, writeFile } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedBrowserPaths } from '../../src/drivers/pdf/browser-cache.js';
import { agenda, cleanEnv, tempDir } from './agenda.js';
import { zip } from './zip.js';

const archive = zip([{ name: 'chrome-headless-shell-linux64/chrome-headless-shell', data: Buffer.from('#!/bin/sh\necho fake\n'), mode: 0o755 }]);
const asked: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    if (req.url === '/1.2.3/linux64/chrome-headless-shell-linux64.zip') res.writeHead(200, { 'content-length': archive.length }).end(archive);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('agenda browser install', () => {
  it('downloads into the cache folder, where the finder looks', async () => {
    const cache = await tempDir();
    const env = cleanEnv({ AGENDA_BROWSER_CACHE: cache });
    const r = await agenda(['browser', 'install', '--build-id', '1.2.3', '--base-url', base], { cwd: cache, env });
    expect(r.stderr).toBe(`agenda: downloading chrome-headless-shell 1.2.3 into ${cache}\n`);
    const executable = join(cache, 'chrome-headless-shell', 'linux-1.2.3', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    expect(r.stdout).toBe(`installed ${executable}\nagenda build finds it there; agenda doctor checks it prints.\n`);
    expect(r.code).toBe(0);
    await promisify(access)(executable, constants.X_OK);
    expect(await cachedBrowserPaths({ AGENDA_BROWSER_CACHE: cache, HOME: cache })).toEqual([executable]);
  });

  it('says what to do when the download fails, with exit 1', async () => {
    const cache = await tempDir();
    const r = await agenda(['browser', 'install', '--build-id', '9.9.9', '--base-url', base], { cwd: cache, env: cleanEnv({ AGENDA_BROWSER_CACHE: cache }) });
    expect(asked).toContain('/9.9.9/linux64/chrome-headless-shell-linux64.zip');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('agenda: the download failed');
    expect(r.stderr).toContain('apt install chromium');
  });

  it('names a cache folder it cannot write, before downloading anything, with exit 2', async () => {
    const dir = await tempDir();
    await promisify(writeFile)(join(dir, 'cache'), 'a file, not a folder');
    const cache = join(dir, 'cache', 'browsers');
    const before = asked.length;
    const r = await agenda(['browser', 'install', '--build-id', '1.2.3', '--base-url', base], { cwd: dir, env: cleanEnv({ AGENDA_BROWSER_CACHE: cache }) });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`The folder ${cache} cannot be made: a file is in the way, where a folder should be  write-failed`);
    expect(r.stderr).not.toMatch(/internal error|downloading/);
    expect(asked.length).toBe(before);
  });
});
