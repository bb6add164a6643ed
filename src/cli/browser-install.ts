/**
 * `agenda browser install`: downloads Chrome for Testing's headless shell
 * (the build puppeteer-core is made for) into the user cache folder, where
 * the browser finder looks. The one step a machine without Chrome or
 * Chromium needs; installing the package itself downloads nothing.
 */
import type { Command } from 'commander';
import { EnvironmentError, UsageError } from '../base/errors.js';
import { systemCode, writeFailed } from '../base/diagnostics/io-problem.js';
import { say } from '../base/messages/index.js';
import type { CommandIo } from './command-io.js';
import { ph } from './face.js';

interface InstallFlags {
  buildId?: string;
  baseUrl?: string;
}

export function registerBrowser(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  const browser = program.command('browser').description(say('help.browserCommand'));
  browser
    .command('install')
    .description(say('help.browserInstall'))
    .option(`--build-id <${ph('id')}>`, say('help.buildId'))
    .option(`--base-url <${ph('url')}>`, say('help.baseUrl'))
    .action(async (flags: InstallFlags) => setCode(await runInstall(flags, io)));
}

/** What the disk, not the network, refused: a full disk, no permission, a file in the way. */
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENAMETOOLONG', 'EIO']);

/** Downloads and unpacks the browser; `browsers` is @puppeteer/browsers (a test gives one whose install fails). */
export async function runInstall(flags: InstallFlags, io: CommandIo, browsers?: typeof import('@puppeteer/browsers')): Promise<number> {
  const [{ install, uninstall, detectBrowserPlatform, Browser }, { browserCacheDir, pinnedBuildId }] = await Promise.all([
    browsers ?? import('@puppeteer/browsers'),
    import('../drivers/pdf/browser-cache.js'),
  ]);
  const platform = detectBrowserPlatform();
  if (!platform) throw new UsageError(say('browser.noBuild', { platform: process.platform, arch: process.arch }));
  const buildId = flags.buildId ?? (await pinnedBuildId());
  const cacheDir = browserCacheDir(io.env);
  const baseUrl = flags.baseUrl ?? io.env.AGENDA_BROWSER_BASE_URL;
  await writable(cacheDir);
  io.stderr(`agenda: ${say('browser.downloading', { build: buildId, folder: cacheDir })}\n`);
  try {
    const installed = await install({ browser: Browser.CHROMEHEADLESSSHELL, buildId, cacheDir, platform, ...(baseUrl ? { baseUrl } : {}) });
    io.stdout(`${say('browser.installed', { path: installed.executablePath })}\n`);
    return 0;
  } catch (e) {
    // What was unpacked before the failure is no browser: removed, so that the finder never takes it for one.
    await uninstall({ browser: Browser.CHROMEHEADLESSSHELL, buildId, cacheDir, platform }).catch(() => undefined);
    const code = systemCode(e);
    if (code && DISK_CODES.has(code)) throw new EnvironmentError([writeFailed(cacheDir, e, 'folder')]);
    io.stderr(`agenda: ${say('browser.failed', { error: (e as Error).message })}\n`);
    return 1;
  }
}

/**
 * Makes the cache folder and writes a file in it, before anything is
 * downloaded: a folder that cannot be made or written (a file in the way,
 * a read-only or full disk) is `write-failed` naming it, not a download
 * that fails halfway with the cause lost in the downloader's message.
 */
async function writable(folder: string): Promise<void> {
  const [{ makeDirectory, writeFileExclusive, temporaryPathFor }, { rm }] = await Promise.all([import('../drivers/disk/atomic-write.js'), import('node:fs/promises')]);
  const probe = temporaryPathFor(`${folder}/probe`);
  try {
    await makeDirectory(folder);
    await writeFileExclusive(probe, 'agenda\n');
  } catch (e) {
    if (!systemCode(e)) throw e;
    throw new EnvironmentError([writeFailed(folder, e, 'folder')]);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}
