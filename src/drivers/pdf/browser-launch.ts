/**
 * Launching Chromium for PDF output: puppeteer is imported here, on first
 * use, so nothing loads it unless PDF is asked for.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { Browser, ConnectionTransport } from 'puppeteer-core';
import { groupEnded, killGroup, makeProfile, removeProfile, removeProfileSync, removeStaleProfiles } from './profile-folders.js';
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

/** AGENDA_CHROMIUM_SINGLE_PROCESS: `0` (or `false`, `off`, `no`) asks for a browser of separate processes; unset or anything else, one process. */
export function singleProcessFrom(env: NodeJS.ProcessEnv): boolean {
  return !/^(0|false|off|no)$/i.test(env.AGENDA_CHROMIUM_SINGLE_PROCESS?.trim() ?? '');
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

  readonly #child: ChildProcess | null;

  private constructor(browser: Browser, version: string, profile: string, child: ChildProcess | null) {
    this.browser = browser;
    this.version = version;
    this.#profile = profile;
    this.#child = child;
    let markLost: (error: Error) => void = () => undefined;
    this.lost = new Promise<never>((_, reject) => (markLost = reject));
    this.lost.catch(() => undefined);
    const onLost = () => {
      this.#dead = true;
      markLost(new Error(say('pdf-failed.browser-lost')));
    };
    browser.once('disconnected', onLost);
    if (!browser.connected) onLost();
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
    // The browser the command line started before loading the rest of the tool, when it is the one asked for.
    const early = await takeEarly(options.executablePath);
    if (early) {
      const adopted = await LaunchedBrowser.#adopt(early, options).catch(() => undefined);
      if (adopted) return adopted;
      await early.discard();
    }
    const { default: puppeteer } = await import('puppeteer-core');
    // Folders that builds killed with SIGKILL left, and any browser still running in one.
    await removeStaleProfiles();
    // Our own profile folder: puppeteer's clean-up of its temporary one races with the
    // browser's helper processes when the browser is killed, and leaves folders behind.
    const profile = await makeProfile();
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        executablePath: options.executablePath,
        ...puppeteerOptions(profile, options),
        // DevTools over a pipe: no debugging port on localhost for others to find.
        pipe: true,
        protocolTimeout: options.protocolTimeoutMs,
        // The command line decides what a signal does (finish what is in progress, then close the
        // browser and remove its profile); puppeteer's own handlers would exit the process at once.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return new LaunchedBrowser(browser, await browser.version(), profile, browser.process());
    } catch (error) {
      const pid = browser?.process()?.pid;
      if (pid) killGroup(pid);
      await removeProfile(profile);
      live.delete(profile);
      throw error;
    }
  }

  /**
   * Connects to a browser started early (startEarly) over its pipe, if
   * it was started exactly as launch() would start it (the same arguments
   * as puppeteer's, whose version may have changed them) and still runs.
   */
  static async #adopt(early: EarlyBrowser, options: LaunchOptions): Promise<LaunchedBrowser | undefined> {
    const loaded = await import('puppeteer-core');
    const puppeteer = loaded.default;
    // The transport launch() itself uses over a pipe: exported, but not in puppeteer's types.
    const { PipeTransport } = loaded as unknown as { PipeTransport?: new (write: NodeJS.WritableStream, read: NodeJS.ReadableStream) => ConnectionTransport };
    if (!PipeTransport || !sameArgs(early.args, puppeteer.defaultArgs(puppeteerOptions(early.profile, options))) || !early.running()) return undefined;
    await early.staleRemoved;
    const [write, read] = [early.child.stdio[3], early.child.stdio[4]] as [NodeJS.WritableStream, NodeJS.ReadableStream];
    const browser = await puppeteer.connect({ transport: new PipeTransport(write, read), protocolTimeout: options.protocolTimeoutMs });
    const version = await browser.version();
    early.adopted();
    return new LaunchedBrowser(browser, version, early.profile, early.child);
  }

  get dead(): boolean {
    return this.#dead;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Kills a crashed or hung browser with its whole process group (renderers included). */
  kill(): void {
    this.#dead = true;
    const child = this.#child;
    // Once Node has reaped it, its pid (and group id) may belong to someone else.
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    if (child.pid) killGroup(child.pid);
    else child.kill('SIGKILL');
  }

  /**
   * Kills the browser with its process group, waits a bounded time for it
   * to exit, and removes its profile folder. With `graceMs`, first asks it
   * to close when it still answers, for that long at most. By default it
   * does not ask: the profile is thrown away, so Chromium's own shutdown
   * saves nothing, and it was the last thing a build waited for
   * (docs/performance.md). Never waits longer than `graceMs` + 5 s.
   */
  close(graceMs = 0): Promise<void> {
    this.#closing ??= (async () => {
      if (!this.#dead && graceMs > 0) {
        await Promise.race([this.browser.close().catch(() => undefined), delay(graceMs)]);
      }
      this.kill();
      await Promise.race([this.#exited, delay(EXIT_WAIT_MS)]);
      // The group's other processes (renderers, the crash reporter) end a moment later.
      if (this.#child?.pid) await groupEnded(this.#child.pid, EXIT_WAIT_MS);
      await removeProfile(this.#profile);
      live.delete(this.#profile);
    })();
    return this.#closing;
  }
}

/** puppeteer's arguments for a launch over a pipe, as launch() computes them from defaultArgs. */
export const sameArgs = (early: readonly string[], defaults: readonly string[]): boolean => [...defaults, '--remote-debugging-pipe'].join('\n') === early.join('\n');

/** What puppeteer.launch() is given: the same for a browser started early. */
function puppeteerOptions(profile: string, options: Omit<LaunchOptions, 'protocolTimeoutMs'>) {
  const shell = path.basename(options.executablePath).includes('headless-shell');
  return { headless: shell ? ('shell' as const) : true, userDataDir: profile, args: chromiumArgs(options.noSandbox, options.singleProcess) };
}

/**
 * The command line puppeteer-core 24 gives Chromium for launch({ pipe: true })
 * with puppeteerOptions() (its ChromeLauncher.defaultArgs), written out so
 * that the browser can start before puppeteer is loaded (about 0.3 s on a
 * quiet machine). adopt() compares it with puppeteer's own before
 * connecting: should a new version differ, the early browser is not used.
 */
export function argsAsPuppeteerWould(profile: string, options: Omit<LaunchOptions, 'protocolTimeoutMs'>): string[] {
  const { headless, args } = puppeteerOptions(profile, options);
  const features = ['Translate', 'AcceptCHFrame', 'MediaRouter', 'OptimizationHints', 'WebUIReloadButton', 'ProcessPerSiteUpToMainFrameThreshold', 'IsolateSandboxedIframes'];
  return [
    ...['--allow-pre-commit-input', '--disable-background-networking', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
    ...['--disable-breakpad', '--disable-client-side-phishing-detection', '--disable-component-extensions-with-background-pages', '--disable-crash-reporter'],
    ...['--disable-default-apps', '--disable-dev-shm-usage', '--disable-hang-monitor', '--disable-infobars', '--disable-ipc-flooding-protection'],
    ...['--disable-popup-blocking', '--disable-prompt-on-repost', '--disable-renderer-backgrounding', '--disable-search-engine-choice-screen', '--disable-sync'],
    ...['--enable-automation', '--export-tagged-pdf', '--force-color-profile=srgb', '--generate-pdf-document-outline', '--metrics-recording-only'],
    ...['--no-first-run', '--password-store=basic', '--use-mock-keychain', `--disable-features=${features.join(',')}`, '--enable-features=PdfOopif'],
    `--user-data-dir=${profile}`,
    ...[headless === 'shell' ? '--headless' : '--headless=new', '--hide-scrollbars', '--mute-audio', '--disable-extensions', 'about:blank'],
    ...args,
    '--remote-debugging-pipe',
  ];
}

/**
 * A browser started by the command line as its first act (startEarly), for
 * the build's first launch to connect to (adopt) while the rest of the tool
 * loads, checks and renders. Until then it is only a process: one nobody
 * takes is killed by discardEarly (the command's end), and by the exit hook.
 */
export interface EarlyBrowser {
  readonly executablePath: string;
  readonly args: readonly string[];
  readonly profile: string;
  readonly child: ChildProcess;
  /** The stale profile folders' removal, done while the browser starts. */
  readonly staleRemoved: Promise<unknown>;
  running(): boolean;
  adopted(): void;
  discard(): Promise<void>;
}

let early: Promise<EarlyBrowser | undefined> | undefined;

/** @internal How many browsers were started early, and how many of them a launch took (tests). */
export const earlyCounts = { started: 0, adopted: 0 };

/** Starts Chromium now, as launch() would, for a later launch() of the same browser to connect to. */
export function startEarly(options: Omit<LaunchOptions, 'protocolTimeoutMs'>): void {
  if (early) return;
  early = (async () => {
    const profile = await makeProfile();
    const args = argsAsPuppeteerWould(profile, options);
    // As @puppeteer/browsers spawns it: its own process group (killed whole), the DevTools pipe on fds 3 and 4.
    const child = spawn(options.executablePath, args, { detached: process.platform !== 'win32', env: process.env, stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    earlyCounts.started++;
    let taken = false;
    let discarding: Promise<void> | undefined;
    const exited = new Promise<void>((resolve) => {
      child.once('error', () => resolve());
      child.once('exit', () => resolve());
    });
    const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    track(profile, () => (running() ? child.pid : undefined));
    return {
      executablePath: options.executablePath,
      args,
      profile,
      child,
      staleRemoved: removeStaleProfiles().catch(() => undefined),
      running,
      adopted: () => {
        taken = true;
        earlyCounts.adopted++;
      },
      discard: () =>
        (discarding ??= (async () => {
          if (taken) return;
          if (running() && child.pid) killGroup(child.pid);
          await Promise.race([exited, delay(EXIT_WAIT_MS)]);
          if (child.pid) await groupEnded(child.pid, EXIT_WAIT_MS);
          await removeProfile(profile);
          live.delete(profile);
        })()),
    };
  })().catch(() => undefined);
}

/** The early browser, once, for a launch of `executablePath`; an early browser of another one is discarded. */
async function takeEarly(executablePath: string): Promise<EarlyBrowser | undefined> {
  const started = await early;
  early = undefined;
  if (!started) return undefined;
  if (started.executablePath === executablePath) return started;
  await started.discard();
  return undefined;
}

/** Kills a browser started early that no launch took (the build printed nothing, or failed before it printed). */
export async function discardEarly(): Promise<void> {
  const started = await early;
  early = undefined;
  await started?.discard();
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
