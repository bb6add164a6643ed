/**
 * Launching Chromium for PDF output: puppeteer is imported here, on first
 * use, so nothing loads it unless PDF is asked for.
 */
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { killGroup, makeProfile, removeProfile, removeProfileSync, removeStaleProfiles } from './profile-folders.js';
import { say } from '../../base/messages/index.js';

/**
 * Flags for a quiet, offline browser. `--host-resolver-rules` makes every
 * host name and IP address unresolvable: `<link rel=preconnect>` opens
 * sockets (and DNS queries) that neither request interception nor offline
 * mode see.
 */
export function chromiumArgs(noSandbox: boolean, singleProcess = false): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'];
  if (noSandbox) args.push('--no-sandbox');
  // Pages, network and GPU work inside the browser process: no renderer to start per page. Audio there would leave a
  // pulse-* folder in TMPDIR (PulseAudio's client, started in the browser process): a print needs no audio.
  if (noSandbox && singleProcess) args.push('--single-process', '--no-zygote', '--disable-audio-output');
  return args;
}

export interface LaunchOptions {
  executablePath: string;
  noSandbox: boolean;
  /** `--single-process --no-zygote` (only with noSandbox). */
  singleProcess?: boolean;
  /** Upper bound for any single DevTools call, so a hung browser cannot stall forever. */
  protocolTimeoutMs: number;
}

/** How long a killed browser is waited for before its profile folder is removed anyway. */
const EXIT_WAIT_MS = 5_000;

/** One launched browser: its version, whether it is gone, and how to kill it. */
export class LaunchedBrowser {
  readonly browser: Browser;
  readonly version: string;
  #dead = false;
  #closing: Promise<void> | undefined;
  readonly #profile: string;
  readonly #exited: Promise<void>;
  /** Rejects when the browser disconnects, so work on it fails at once instead of at its timeout. */
  readonly lost: Promise<never>;

  private constructor(browser: Browser, version: string, profile: string) {
    this.browser = browser;
    this.version = version;
    this.#profile = profile;
    let markLost: (error: Error) => void = () => undefined;
    this.lost = new Promise<never>((_, reject) => (markLost = reject));
    this.lost.catch(() => undefined);
    const onLost = () => {
      this.#dead = true;
      markLost(new Error(say('pdf-failed.browser-lost')));
    };
    browser.once('disconnected', onLost);
    if (!browser.connected) onLost();
    const child = browser.process();
    this.#exited = new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
      else
        child.once('exit', () => {
          // Helpers the browser left (a renderer, the zygote) keep its group, and so its id, alive.
          if (child.pid) killGroup(child.pid);
          resolve();
        });
    });
    track(profile, () => (child && child.exitCode === null && child.signalCode === null ? child.pid : undefined));
  }

  static async launch(options: LaunchOptions): Promise<LaunchedBrowser> {
    const { default: puppeteer } = await import('puppeteer-core');
    const shell = path.basename(options.executablePath).includes('headless-shell');
    // Folders that builds killed with SIGKILL left, and any browser still running in one.
    await removeStaleProfiles();
    // Our own profile folder: puppeteer's clean-up of its temporary one races with the
    // browser's helper processes when the browser is killed, and leaves folders behind.
    const profile = await makeProfile();
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        executablePath: options.executablePath,
        headless: shell ? 'shell' : true,
        userDataDir: profile,
        // DevTools over a pipe: no debugging port on localhost for others to find.
        pipe: true,
        args: chromiumArgs(options.noSandbox, options.singleProcess),
        protocolTimeout: options.protocolTimeoutMs,
        // The command line decides what a signal does (finish what is in progress, then close the
        // browser and remove its profile); puppeteer's own handlers would exit the process at once.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return new LaunchedBrowser(browser, await browser.version(), profile);
    } catch (error) {
      const pid = browser?.process()?.pid;
      if (pid) killGroup(pid);
      await removeProfile(profile);
      live.delete(profile);
      throw error;
    }
  }

  get dead(): boolean {
    return this.#dead;
  }

  get pid(): number | undefined {
    return this.browser.process()?.pid;
  }

  /** Kills a crashed or hung browser with its whole process group (renderers included). */
  kill(): void {
    this.#dead = true;
    const child = this.browser.process();
    // Once Node has reaped it, its pid (and group id) may belong to someone else.
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    if (child.pid) killGroup(child.pid);
    else child.kill('SIGKILL');
  }

  /**
   * Closes politely when the browser still answers, within `graceMs`; then
   * kills whatever is left of it (a browser whose connection was lost may
   * still be running), waits a bounded time for it to exit, and removes its
   * profile folder. Never waits longer than `graceMs` + 5 s.
   */
  close(graceMs = 5_000): Promise<void> {
    this.#closing ??= (async () => {
      if (!this.#dead) {
        await Promise.race([this.browser.close().catch(() => undefined), delay(graceMs)]);
      }
      this.kill();
      await Promise.race([this.#exited, delay(EXIT_WAIT_MS)]);
      await removeProfile(this.#profile);
      live.delete(this.#profile);
    })();
    return this.#closing;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Browsers running now, by profile folder. Should the process exit before
 * they are closed (a second Ctrl-C, process.exit), each is killed with its
 * process group and its profile removed, so nothing piles up in /tmp.
 */
const live = new Map<string, () => number | undefined>();
let exitHookInstalled = false;

function track(profile: string, pid: () => number | undefined): void {
  live.set(profile, pid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [dir, pidOf] of live) {
      const pid = pidOf();
      if (pid) killGroup(pid);
      removeProfileSync(dir);
    }
  });
}
