/**
 * Whether Chromium's sandbox starts on this machine, found by trying: the
 * browser is started once with its sandbox on and asked for a blank page.
 * The answer is kept per machine, user and browser build in the user cache
 * (`sandbox.json`), so later builds pay nothing; `agenda doctor` tries again.
 *
 * What follows from the answer (docs/reliability.md, "The browser's
 * sandbox"): a working sandbox is used; when it cannot start, another
 * browser on the machine whose sandbox works is used (Google Chrome brings
 * an AppArmor profile for its own path); else the PDFs are printed without
 * it, said once, unless AGENDA_SANDBOX=require asks to stop instead.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { say } from '../../base/messages/index.js';
import { writeFileAtomic } from '../disk/atomic-write.js';
import { chromiumArgs } from './browser-launch.js';
import { browserCandidates, type FoundBrowser } from './browser-finder.js';
import { killGroup } from './profile-folders.js';

/** `works`: the sandbox starts; `asked`: --no-sandbox; `root`: Chromium has no sandbox for root; `refused`: the machine refuses it. */
export type SandboxCause = 'works' | 'asked' | 'root' | 'refused';

export interface SandboxVerdict {
  on: boolean;
  cause: SandboxCause;
  /** The browser's own words when its sandbox would not start. */
  detail?: string;
  /** Read from the cache file rather than tried now. */
  cached?: boolean;
}

/** What one try of the sandbox showed; `unknown` when the browser failed for another reason. */
export type ProbeResult = { outcome: 'works' } | { outcome: 'refused'; detail: string } | { outcome: 'unknown' };

export interface SandboxOptions {
  /** --no-sandbox given. */
  requested?: boolean;
  env: NodeJS.ProcessEnv;
  uid?: number;
  /** Try again even when the cache knows (doctor). */
  fresh?: boolean;
  /** Replaces starting the browser (tests). */
  probe?: (executable: string) => Promise<ProbeResult>;
}

/** The browser's lines that say its sandbox cannot start (the namespace sandbox refused, no setuid helper). */
const REFUSED = /No usable sandbox!?|setuid sandbox|Failed to move to new namespace|clone\(\) failed|CreateNamespaceSandbox/i;

/** Tries the sandbox of `executable`, or reads what an earlier try found. */
export async function sandboxOf(executable: string, o: SandboxOptions): Promise<SandboxVerdict> {
  if (o.requested) return { on: false, cause: 'asked' };
  // Chromium refuses to start as root with its sandbox on: a rule of the browser, not a guess.
  if ((o.uid ?? process.getuid?.()) === 0) return { on: false, cause: 'root' };
  if (process.platform !== 'linux') return { on: true, cause: 'works' };
  const key = await cacheKey(executable, o.uid);
  const file = sandboxCacheFile(o.env);
  const known = o.fresh || !key ? undefined : (await readCache(file))[key];
  if (known) return { ...known, cached: true };
  const result = await (o.probe ?? probeSandbox)(executable);
  if (result.outcome === 'unknown') return { on: true, cause: 'works' };
  const verdict: SandboxVerdict = result.outcome === 'works' ? { on: true, cause: 'works' } : { on: false, cause: 'refused', detail: result.detail };
  if (key) await writeCache(file, key, verdict);
  return verdict;
}

/** AGENDA_SANDBOX=require: stop rather than print without the sandbox. */
export const sandboxRequired = (env: NodeJS.ProcessEnv): boolean => env.AGENDA_SANDBOX === 'require';

/** The user cache file the answers are kept in. */
export function sandboxCacheFile(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME || os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'agenda', 'sandbox.json');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'agenda', 'sandbox.json');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'agenda', 'sandbox.json');
}

/** One answer a machine, user, kernel and browser build: any of them changing tries again. */
async function cacheKey(executable: string, uid = process.getuid?.()): Promise<string | undefined> {
  try {
    const real = await realpath(executable);
    const info = await stat(real);
    return [os.hostname(), uid, os.release(), real, info.size, Math.round(info.mtimeMs)].join('|');
  } catch {
    return undefined;
  }
}

type Cache = Record<string, SandboxVerdict>;

async function readCache(file: string): Promise<Cache> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const out: Cache = {};
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const v = value as Partial<SandboxVerdict> | null;
      if (v && typeof v === 'object' && (v.cause === 'works' || v.cause === 'refused'))
        out[key] = { on: v.cause === 'works', cause: v.cause, ...(typeof v.detail === 'string' ? { detail: v.detail.slice(0, 300) } : {}) };
    }
    return out;
  } catch {
    return {};
  }
}

async function writeCache(file: string, key: string, verdict: SandboxVerdict): Promise<void> {
  try {
    const cache = await readCache(file);
    cache[key] = { on: verdict.on, cause: verdict.cause, ...(verdict.detail ? { detail: verdict.detail } : {}) };
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(cache, null, 2)}\n`);
  } catch {
    // A cache that cannot be written only means trying again next time.
  }
}

/** How long one try may take: a browser that neither prints the page nor fails by then is not judged. */
const PROBE_MS = 20_000;

/** Starts the browser with its sandbox on and asks for a blank page; ends it as soon as the answer is known. */
export async function probeSandbox(executable: string): Promise<ProbeResult> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'agenda-sandbox-'));
  const args = ['--headless', ...chromiumArgs(false), `--user-data-dir=${profile}`, '--dump-dom', 'about:blank'];
  try {
    return await new Promise<ProbeResult>((resolve) => {
      const child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      let stdout = '';
      let stderr = '';
      const finish = (result: ProbeResult) => {
        clearTimeout(timer);
        if (child.pid && child.exitCode === null) killGroup(child.pid);
        resolve(result);
      };
      const timer = setTimeout(() => finish({ outcome: 'unknown' }), PROBE_MS);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/<\/html>/i.test(stdout)) finish({ outcome: 'works' });
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-20_000);
      });
      child.on('error', () => finish({ outcome: 'unknown' }));
      child.on('close', () => finish(judge(stdout, stderr)));
    });
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}

/** The outcome of a browser that ended: its page printed, its sandbox refused (its own words), or another failure. */
export function judge(stdout: string, stderr: string): ProbeResult {
  if (/<\/html>/i.test(stdout)) return { outcome: 'works' };
  const line = stderr.split('\n').find((l) => REFUSED.test(l));
  if (!line) return { outcome: 'unknown' };
  // "[123:123:1206/210824.073664:ERROR:…zygote_host_impl_linux.cc:130] No usable sandbox! If this is …"
  const words = line.replace(/^\[[^\]]*\]\s*/, '');
  return { outcome: 'refused', detail: (words.match(/^.*?[.!](?=\s|$)/)?.[0] ?? words).slice(0, 200) };
}

export interface BrowserChoice {
  browser: FoundBrowser;
  sandbox: SandboxVerdict;
  /** The browser found first, when its sandbox would not start and this one's does. */
  insteadOf?: FoundBrowser;
}

/** Where the finder looked by itself (not a path the user named): another browser may be used instead. */
const LOOKED_FOR = new Set(['system', 'PATH', 'downloaded']);

/**
 * The browser to print with and whether its sandbox is on: the one found,
 * unless its sandbox is refused and another on this machine has one that
 * starts (only when the user did not name a browser).
 */
export async function chooseBrowser(found: FoundBrowser, o: SandboxOptions & { candidates?: () => Promise<FoundBrowser[]> }): Promise<BrowserChoice> {
  const first = await sandboxOf(found.path, o);
  if (first.on || first.cause !== 'refused' || !LOOKED_FOR.has(found.source)) return { browser: found, sandbox: first };
  const own = await realpath(found.path).catch(() => found.path);
  for (const other of await (o.candidates ?? (() => browserCandidates({ env: o.env })))()) {
    if ((await realpath(other.path).catch(() => other.path)) === own) continue;
    const verdict = await sandboxOf(other.path, o);
    if (verdict.on) return { browser: other, sandbox: verdict, insteadOf: found };
  }
  return { browser: found, sandbox: first };
}

/** The browser's sandbox cannot start and AGENDA_SANDBOX=require asks not to print without it. */
export class SandboxRefusedError extends Error {
  constructor(executable: string, verdict: SandboxVerdict) {
    super(`the sandbox of ${executable} cannot start on this machine (${verdict.detail ?? 'refused'}), and AGENDA_SANDBOX=require forbids printing without it`);
    this.name = 'SandboxRefusedError';
  }
}

/** How to give the browser a sandbox that starts, for messages and doctor. */
export const sandboxFix = (): string => say('sandbox.fix');

/** The one line said when PDFs are printed without the sandbox (once a process). */
export function unsandboxedNote(executable: string, verdict: SandboxVerdict): string {
  return say('sandbox.note', { browser: executable, why: verdict.detail ?? 'refused', fix: sandboxFix() });
}

let noted = false;
/** Says `note` the first time a process prints without the sandbox; later calls say nothing. */
export function noteOnce(say: ((line: string) => void) | undefined, executable: string, verdict: SandboxVerdict): void {
  if (noted || !say || verdict.cause !== 'refused') return;
  noted = true;
  say(unsandboxedNote(executable, verdict));
}
