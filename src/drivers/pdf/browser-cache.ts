/**
 * The browsers `agenda browser install` downloads (Chrome for Testing's
 * headless shell, through @puppeteer/browsers) into a user cache folder, and
 * where the browser finder looks for them: that folder, then puppeteer's own
 * cache (browsers fetched with `npx puppeteer browsers install`).
 * Nothing is downloaded when the package is installed.
 */
import { homedir } from 'node:os';
import path from 'node:path';

/** The folder `agenda browser install` writes to: AGENDA_BROWSER_CACHE, else the platform's user cache. */
export function browserCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.AGENDA_BROWSER_CACHE) return path.resolve(env.AGENDA_BROWSER_CACHE);
  const home = env.HOME || homedir();
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'agenda', 'browsers');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'agenda', 'browsers');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'agenda', 'browsers');
}

/** Puppeteer's cache folder, as puppeteer itself computes it by default. */
function puppeteerCacheDir(env: NodeJS.ProcessEnv): string {
  return env.PUPPETEER_CACHE_DIR ? path.resolve(env.PUPPETEER_CACHE_DIR) : path.join(env.HOME || homedir(), '.cache', 'puppeteer');
}

/** The executables in both caches: agenda's first; headless shells before full Chromes; newest first. */
export async function cachedBrowserPaths(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const { getInstalledBrowsers, Browser } = await import('@puppeteer/browsers');
  const out: string[] = [];
  for (const cacheDir of [browserCacheDir(env), puppeteerCacheDir(env)]) {
    let installed;
    try {
      installed = await getInstalledBrowsers({ cacheDir });
    } catch {
      continue;
    }
    const usable = installed.filter((b) => b.browser === Browser.CHROMEHEADLESSSHELL || b.browser === Browser.CHROME || b.browser === Browser.CHROMIUM);
    const rank = (b: (typeof usable)[number]) => (b.browser === Browser.CHROMEHEADLESSSHELL ? 0 : 1);
    usable.sort((a, b) => rank(a) - rank(b) || b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
    out.push(...usable.map((b) => b.executablePath));
  }
  return out;
}

/** The headless shell build puppeteer-core is made for: its DevTools protocol matches. */
export async function pinnedBuildId(): Promise<string> {
  const { PUPPETEER_REVISIONS } = await import('puppeteer-core/internal/revisions.js');
  return PUPPETEER_REVISIONS['chrome-headless-shell'];
}
