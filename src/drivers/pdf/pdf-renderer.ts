/**
 * HTML to PDF with one browser for the whole build and a pool of pages.
 * A browser that crashes or times out is relaunched and the document tried
 * once more; a second failure rejects that document only.
 *
 * Without the sandbox, the browser runs as one process (`--single-process`),
 * which prints a page in about half the time. That browser crashes on raster
 * images (raster-images.ts), so documents that may show one, and every second
 * attempt, print in a browser of separate processes, launched when first
 * needed: whatever made the one-process browser fail, the retry is in the
 * mode that printed everything before.
 */
import os from 'node:os';
import type { Page } from 'puppeteer-core';
import { writeFileAtomic } from '../disk/atomic-write.js';
import { findBrowser, type FoundBrowser } from './browser-finder.js';
import { LaunchedBrowser, singleProcessFrom } from './browser-launch.js';
import { chooseBrowser, noteOnce, SandboxRefusedError, type SandboxVerdict, sandboxRequired } from './sandbox.js';
import { openHardenedPage, printPage } from './hardened-page.js';
import type { PdfMeta, PrintAssets } from '../../render/print-job.js';
import { say } from '../../base/messages/index.js';
import { sourceDateEpoch } from '../disk/source-date-epoch.js';
import { applyPdfMetadata, pdfDateFor } from './pdf-metadata.js';
import { Semaphore } from './semaphore.js';
import { mayDecodeRaster } from './raster-images.js';

export interface PdfJob {
  html: string;
  meta: PdfMeta;
  /** Files the HTML names by URL (the fonts), given to the page from memory. */
  assets?: PrintAssets;
}

export interface PdfRendererOptions {
  /** Browser executable from the command line or config; otherwise it is looked for. */
  executablePath?: string;
  /** Pages rendering at once; defaults to the number of cores. */
  concurrency?: number;
  /** --no-sandbox given; without it the sandbox is tried (sandbox.ts) and used where it starts. */
  noSandbox?: boolean;
  /** What is known of the browser's sandbox already (the build finds it before the key of its views). */
  sandbox?: SandboxVerdict;
  /** Told once a process when PDFs are printed without the sandbox, and why. */
  onNote?: (line: string) => void;
  /**
   * Chromium in one process (`--single-process --no-zygote`): pages print in
   * about half the time. Only without the sandbox, where separate renderer
   * processes protect nothing more; documents with raster images and second
   * attempts print in a browser of separate processes all the same. Default:
   * AGENDA_CHROMIUM_SINGLE_PROCESS (`0` off, `1` on), else on
   * (docs/performance.md).
   */
  singleProcess?: boolean;
  /** Limit for one attempt at one document (layout, fonts, print); default 30 s. */
  timeoutMs?: number;
  /** Written as the PDF's Creator; default `agenda`. */
  creator?: string;
  /** Environment read for CHROME_PATH, PUPPETEER_EXECUTABLE_PATH and SOURCE_DATE_EPOCH. */
  env?: NodeJS.ProcessEnv;
  /** @internal Called before each attempt prints; tests use it to crash or hang the browser. */
  beforePrint?: (attempt: { number: 1 | 2; browserPid: number | undefined }) => void | Promise<void>;
}

export interface PdfRendererStats {
  /** Browsers launched so far (1 + relaunches, and the browser of separate processes beside a one-process one). */
  launches: number;
  /** The browser documents print in first (the one-process browser, when there is one). */
  browserPid: number | undefined;
  idlePages: number;
  /** Whether the browser runs as one process (`singleProcess`, and no sandbox). */
  singleProcess: boolean;
  /** Beside a one-process browser: the browser of separate processes, once launched. */
  separatePid: number | undefined;
}

export interface PdfRenderer {
  readonly browser: FoundBrowser;
  /** Whether the browser runs in its sandbox, and why not. */
  readonly sandbox: SandboxVerdict;
  render(job: PdfJob): Promise<Uint8Array>;
  /** Renders completely, then writes `outPath` atomically; on failure nothing is written. */
  write(job: PdfJob, outPath: string): Promise<void>;
  browserVersion(): Promise<string>;
  stats(): PdfRendererStats;
  close(): Promise<void>;
}

export class PdfRenderError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(say('pdf-failed.twice', { reason }), { cause });
    this.name = 'PdfRenderError';
  }
}

class AttemptTimeoutError extends Error {}
class PageCrashError extends Error {}

type Generation = LaunchedBrowser;

/** One kind of browser (one process, or separate processes) with the browser of that kind running now and its idle pages. */
class Lane {
  current: Generation | undefined;
  launching: Promise<Generation> | undefined;
  readonly idle: { page: Page; generation: Generation }[] = [];
  constructor(readonly singleProcess: boolean) {}
}

class Renderer implements PdfRenderer {
  readonly browser: FoundBrowser;
  readonly sandbox: SandboxVerdict;
  readonly #options: PdfRendererOptions;
  readonly #timeoutMs: number;
  readonly #epoch: Date | undefined;
  /** The one-process browser, when the mode is on: where documents without raster images print first. */
  readonly #one: Lane | undefined;
  /** Browsers of separate processes: every document when the mode is off, else the others and the second attempts. */
  readonly #separate = new Lane(false);
  readonly #slots: Semaphore;
  /** Browsers replaced after a crash or hang, until their profile folders are gone. */
  readonly #retired: Promise<void>[] = [];
  #launches = 0;
  #closed = false;

  constructor(browser: FoundBrowser, sandbox: SandboxVerdict, options: PdfRendererOptions, env: NodeJS.ProcessEnv) {
    this.browser = browser;
    this.sandbox = sandbox;
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#epoch = sourceDateEpoch(env);
    this.#one = !sandbox.on && (options.singleProcess ?? singleProcessFrom(env)) ? new Lane(true) : undefined;
    const concurrency = options.concurrency ?? os.availableParallelism();
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${concurrency}`);
    this.#slots = new Semaphore(concurrency);
  }

  /** The lane documents print in first. */
  get #first(): Lane {
    return this.#one ?? this.#separate;
  }

  async live(lane: Lane = this.#first): Promise<Generation> {
    if (this.#closed) throw new Error('The PDF renderer is closed.');
    if (lane.current && !lane.current.dead) return lane.current;
    lane.launching ??= this.#launch(lane).finally(() => (lane.launching = undefined));
    return lane.launching;
  }

  async #launch(lane: Lane): Promise<Generation> {
    // A crashed or hung browser, or one whose connection was lost: killed, its profile removed.
    if (lane.current) this.#retired.push(lane.current.close(0));
    lane.current = undefined;
    const { path, source } = this.browser;
    const generation = await LaunchedBrowser.launch({
      executablePath: path,
      noSandbox: !this.sandbox.on,
      singleProcess: lane.singleProcess,
      protocolTimeoutMs: this.#timeoutMs + 5_000,
    }).catch((error: Error) => {
      throw new Error(say('browser-failed.could-not-start', { browser: path, source, error: error.message }), { cause: error });
    });
    this.#launches++;
    if (this.#closed) {
      this.#retired.push(generation.close(0));
      throw new Error('The PDF renderer is closed.');
    }
    lane.current = generation;
    return generation;
  }

  async #page(lane: Lane, generation: Generation): Promise<Page> {
    for (let idle = lane.idle.pop(); idle; idle = lane.idle.pop()) {
      if (idle.generation === generation && !idle.page.isClosed()) return idle.page;
      idle.page.close().catch(() => undefined);
    }
    return openHardenedPage(generation.browser);
  }

  async #attempt(job: PdfJob, number: 1 | 2, lane: Lane): Promise<Uint8Array> {
    const generation = await this.live(lane);
    let page: Page | undefined;
    let timer: NodeJS.Timeout | undefined;
    let crash: ReturnType<typeof crashOf> | undefined;
    const work = (async () => {
      const used = (page = await this.#page(lane, generation));
      crash = crashOf(used);
      await this.#options.beforePrint?.({ number, browserPid: generation.pid });
      return { page: used, raw: await Promise.race([printPage(used, job.html, this.#timeoutMs, job.assets), crash.crashed]) };
    })();
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AttemptTimeoutError(say('pdf-failed.timed-out', { seconds: this.#timeoutMs / 1000 }))), this.#timeoutMs);
    });
    let done: { page: Page; raw: Uint8Array };
    try {
      done = await Promise.race([work, limit, generation.lost]);
    } catch (error) {
      work.catch(() => undefined);
      page?.close().catch(() => undefined);
      const timedOut = error instanceof AttemptTimeoutError || (error instanceof Error && error.name === 'TimeoutError');
      // After a renderer crash the browser may give the next page to a renderer that is dying
      // and never finish opening it: the retry gets a browser of its own.
      if (timedOut || error instanceof PageCrashError) generation.kill();
      throw error;
    } finally {
      clearTimeout(timer);
      crash?.stop();
    }
    lane.idle.push({ page: done.page, generation });
    return applyPdfMetadata(done.raw, job.meta, {
      creator: this.#options.creator ?? 'agenda',
      producer: generation.version,
      date: pdfDateFor(this.#epoch, job.meta),
    });
  }

  render(job: PdfJob): Promise<Uint8Array> {
    return this.#slots.use(async () => {
      // In one process, a raster image would crash the browser (raster-images.ts).
      const lane = this.#one && !mayDecodeRaster(job.html, job.assets) ? this.#one : this.#separate;
      try {
        return await this.#attempt(job, 1, lane);
      } catch (first) {
        if (this.#closed) throw first;
        try {
          return await this.#attempt(job, 2, this.#separate);
        } catch (second) {
          throw new PdfRenderError(second);
        }
      }
    });
  }

  async write(job: PdfJob, outPath: string): Promise<void> {
    await writeFileAtomic(outPath, await this.render(job));
  }

  async browserVersion(): Promise<string> {
    return (await this.live()).version;
  }

  stats(): PdfRendererStats {
    const lanes = [this.#one, this.#separate].filter((lane) => lane !== undefined);
    return {
      launches: this.#launches,
      browserPid: alive(this.#first)?.pid,
      idlePages: lanes.reduce((sum, lane) => sum + lane.idle.length, 0),
      singleProcess: this.#one !== undefined,
      separatePid: this.#one ? alive(this.#separate)?.pid : undefined,
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const lanes = [this.#one, this.#separate].filter((lane) => lane !== undefined);
    await Promise.all(lanes.map((lane) => lane.launching?.catch(() => undefined)));
    const closing = lanes.map((lane) => {
      const generation = lane.current;
      lane.current = undefined;
      lane.idle.length = 0;
      return generation?.close();
    });
    await Promise.all([...closing, ...this.#retired]);
  }
}

/** The browser of `lane` running now, unless it crashed (it is replaced when next needed). */
const alive = (lane: Lane): Generation | undefined => (lane.current?.dead ? undefined : lane.current);

/**
 * Rejects when the page's renderer process crashes (killed, out of
 * memory): puppeteer's own waits would run on to their time-outs.
 */
function crashOf(page: Page): { crashed: Promise<never>; stop: () => void } {
  let onError: (error: Error) => void = () => undefined;
  const crashed = new Promise<never>((_, reject) => {
    onError = (error) => reject(new PageCrashError(say('pdf-failed.page-crashed', { error: error.message })));
    page.on('error', onError);
  });
  crashed.catch(() => undefined);
  return { crashed, stop: () => page.off('error', onError) };
}

export async function openPdfRenderer(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
  const env = options.env ?? process.env;
  const found = await findBrowser({ explicitPath: options.executablePath, env });
  const choice = options.sandbox ? { browser: found, sandbox: options.sandbox } : await chooseBrowser(found, { requested: options.noSandbox, env });
  if (choice.sandbox.cause === 'refused' && sandboxRequired(env)) throw new SandboxRefusedError(choice.browser.path, choice.sandbox);
  const renderer = new Renderer(choice.browser, choice.sandbox, options, env);
  await renderer.live();
  noteOnce(options.onNote, choice.browser.path, choice.sandbox);
  return renderer;
}
