/**
 * Finds a Chrome or Chromium executable for PDF output, in this order:
 * an explicit option (or config value), PUPPETEER_EXECUTABLE_PATH,
 * CHROME_PATH, CHROME_BIN, the system's Chrome, Chromium or Edge (known install locations, then
 * names on PATH), then a browser `agenda browser install` (or puppeteer)
 * downloaded. When none is found, the error lists every place tried and how
 * to get a browser. A browser named (option, config, or either variable)
 * that is not there is an error, never a reason to pick another one.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { say } from '../../base/messages/index.js';
import { cachedBrowserPaths } from './browser-cache.js';

export interface FoundBrowser {
  path: string;
  /** Where it was found: `option`, an environment variable, `system`, `PATH` or `puppeteer`. */
  source: string;
}

/** Why a place did not give a browser (said in words by the catalogue's browser.tried). */
export type BrowserProblem = 'notSet' | 'notFound' | 'notExecutable' | 'notAFile' | 'notOnPath';

export interface TriedBrowser extends FoundBrowser {
  /** Why it was not used. */
  problem: BrowserProblem;
}

export interface FindBrowserOptions {
  /** An explicit path (command-line option or config value); must exist when given. */
  explicitPath?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Replaces the known install locations (tests). */
  systemPaths?: readonly string[];
  /** Replaces the executable names looked up on PATH (tests). */
  pathNames?: readonly string[];
  /** Replaces the lookup of downloaded browsers (tests). */
  cachedPaths?: () => Promise<string[]>;
}

export class BrowserNotFoundError extends Error {
  readonly tried: readonly TriedBrowser[];
  /** What was tried, without how to get a browser: the headline and one line a place. */
  readonly list: string;
  /** How to get a browser, on lines of its own. */
  readonly howTo: string;
  constructor(tried: readonly TriedBrowser[]) {
    const lines = tried.map((t) => `  - ${say('browser.tried', { source: t.source, path: t.path ? `${t.path} ` : '', problem: t.problem })}`);
    const list = [say('browser.notFound'), ...lines].join('\n');
    const howTo = say('browser.howToGetOne');
    super(`${list}\n${howTo}`);
    this.name = 'BrowserNotFoundError';
    this.tried = tried;
    this.list = list;
    this.howTo = howTo;
  }
}

export function systemBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const home = env.HOME ? apps.map((a) => path.join(env.HOME as string, 'Applications', a)) : [];
    return [...apps.map((a) => `/Applications/${a}`), ...home];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[];
    const rel = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return rel.flatMap((r) => roots.map((root) => path.win32.join(root, r)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

const PATH_NAMES = ['google-chrome-stable', 'google-chrome', 'chrome', 'chromium-browser', 'chromium', 'microsoft-edge-stable', 'microsoft-edge'];

/** The variables that name a browser, in the order they are read: puppeteer's, the common one, and CHROME_BIN (Karma, many CI images). */
export const BROWSER_VARIABLES = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH', 'CHROME_BIN'] as const;

/** Why `file` cannot be used as a browser, or undefined when it can. */
async function problemWith(file: string, platform: NodeJS.Platform): Promise<BrowserProblem | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'notAFile';
    if (platform !== 'win32') await access(file, constants.X_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' ? 'notExecutable' : 'notFound';
  }
}

export async function findBrowser(options: FindBrowserOptions = {}): Promise<FoundBrowser> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const tried: TriedBrowser[] = [];
  const attempt = async (file: string, source: string): Promise<FoundBrowser | undefined> => {
    const problem = await problemWith(file, platform);
    if (problem === undefined) return { path: file, source };
    tried.push({ path: file, source, problem });
    return undefined;
  };

  if (options.explicitPath) {
    const found = await attempt(path.resolve(options.explicitPath), 'option');
    // An explicit choice that does not work is an error, not a reason to pick another browser.
    if (!found) throw new BrowserNotFoundError(tried);
    return found;
  }
  for (const name of BROWSER_VARIABLES) {
    const value = env[name];
    if (!value) {
      tried.push({ path: '', source: name, problem: 'notSet' });
      continue;
    }
    const found = await attempt(value, name);
    // Set to something that is not there: a mistake to report, not a reason to print with another browser.
    if (!found) throw new BrowserNotFoundError(tried);
    return found;
  }
  for (const file of options.systemPaths ?? systemBrowserPaths(platform, env)) {
    const found = await attempt(file, 'system');
    if (found) return found;
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exe = platform === 'win32' ? '.exe' : '';
  for (const name of options.pathNames ?? PATH_NAMES) {
    for (const dir of dirs) {
      const problem = await problemWith(path.join(dir, name + exe), platform);
      if (problem === undefined) return { path: path.join(dir, name + exe), source: 'PATH' };
    }
    tried.push({ path: name + exe, source: 'PATH', problem: 'notOnPath' });
  }
  for (const file of await (options.cachedPaths ?? (() => cachedBrowserPaths(env)))()) {
    const found = await attempt(file, 'downloaded');
    if (found) return found;
  }
  throw new BrowserNotFoundError(tried);
}

/**
 * Every browser the finder would take by itself, in its order, each usable
 * one once: the others to try when the first one's sandbox will not start.
 */
export async function browserCandidates(options: FindBrowserOptions = {}): Promise<FoundBrowser[]> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const out: FoundBrowser[] = [];
  const add = async (file: string, source: string) => {
    if ((await problemWith(file, platform)) === undefined && !out.some((b) => b.path === file)) out.push({ path: file, source });
  };
  for (const file of options.systemPaths ?? systemBrowserPaths(platform, env)) await add(file, 'system');
  const exe = platform === 'win32' ? '.exe' : '';
  for (const name of options.pathNames ?? PATH_NAMES) for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) await add(path.join(dir, name + exe), 'PATH');
  for (const file of await (options.cachedPaths ?? (() => cachedBrowserPaths(env)))()) await add(file, 'downloaded');
  return out;
}
