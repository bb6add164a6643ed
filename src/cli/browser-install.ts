/**
 * `agenda browser install`: downloads Chrome for Testing's headless shell
 * (the build puppeteer-core is made for) into the user cache folder, where
 * the browser finder looks. The one step a machine without Chrome or
 * Chromium needs; installing the package itself downloads nothing.
 */
import type { Command } from 'commander';
import { UsageError } from '../base/errors.js';
import type { CommandIo } from './command-io.js';

interface InstallFlags {
  buildId?: string;
  baseUrl?: string;
}

export function registerBrowser(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  const browser = program.command('browser').description('The browser that prints PDFs');
  browser
    .command('install')
    .description('Download a headless Chrome for PDF output into the user cache folder (for machines without Chrome or Chromium)')
    .option('--build-id <id>', 'the Chrome for Testing version (default: the one this agenda is made for)')
    .option('--base-url <url>', 'a mirror of https://storage.googleapis.com/chrome-for-testing-public')
    .action(async (flags: InstallFlags) => setCode(await runInstall(flags, io)));
}

async function runInstall(flags: InstallFlags, io: CommandIo): Promise<number> {
  const [{ install, detectBrowserPlatform, Browser }, { browserCacheDir, pinnedBuildId }] = await Promise.all([
    import('@puppeteer/browsers'),
    import('../drivers/pdf/browser-cache.js'),
  ]);
  const platform = detectBrowserPlatform();
  if (!platform)
    throw new UsageError(`there is no Chrome for Testing build for ${process.platform} ${process.arch}; install Chromium with the system's package manager and set CHROME_PATH`);
  const buildId = flags.buildId ?? (await pinnedBuildId());
  const cacheDir = browserCacheDir(io.env);
  const baseUrl = flags.baseUrl ?? io.env.AGENDA_BROWSER_BASE_URL;
  io.stderr(`agenda: downloading chrome-headless-shell ${buildId} into ${cacheDir}\n`);
  try {
    const installed = await install({ browser: Browser.CHROMEHEADLESSSHELL, buildId, cacheDir, platform, ...(baseUrl ? { baseUrl } : {}) });
    io.stdout(`installed ${installed.executablePath}\nagenda build finds it there; agenda doctor checks it prints.\n`);
    return 0;
  } catch (e) {
    io.stderr(`agenda: the download failed: ${(e as Error).message}\n`);
    io.stderr("Without internet access, install Chromium from the system's packages (Debian: apt install chromium) or set CHROME_PATH.\n");
    return 1;
  }
}
