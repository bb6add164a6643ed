/**
 * The browser for a build's PDFs: looked for (not launched) before any
 * work, since its identity is part of every view's key; launched by the
 * first view that prints; closed at the end. No browser, or one that will
 * not start, is a diagnostic: the HTML and calendars are still written.
 */
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { say } from '../../base/messages/index.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import type { BrowserChoice } from '../pdf/sandbox.js';
import { browserIdentity } from './cache.js';

/** What the build's options say about the browser (BuildOptions has these). */
export interface PdfSupplyOptions {
  /** A renderer the caller opened and will close. */
  renderer?: PdfRenderer;
  browser?: string;
  noSandbox?: boolean;
  concurrency?: number;
  env: NodeJS.ProcessEnv;
  loaded: { config: { browser?: string; concurrency?: number } };
  pdfRendererOptions?: Record<string, unknown>;
  /** Told once a process when PDFs are printed without the browser's sandbox, and why. */
  onNote?: (line: string) => void;
}

export interface PdfSupply {
  /** Why there will be no PDFs, when no browser was found. */
  problem?: Diagnostic;
  /** Why there were none, when the browser would not start. */
  failure?: Diagnostic;
  /** Part of every key: which browser prints. */
  identity: string;
  /** The renderer, launched on first call; undefined once it failed to start. Absent without a browser. */
  renderer?: () => Promise<PdfRenderer | undefined>;
  launched(): boolean;
  close(): Promise<void>;
}

/**
 * One line for the message; what follows it (the finder's list of what it
 * tried and how to get a browser, or how to have the sandbox) goes in the
 * hint, on one line, before what is still written.
 */
const noFile = (message: string, details: string, code: 'browser-missing' | 'browser-failed' | 'browser-sandbox'): Diagnostic => {
  const lines = details
    .split('\n')
    .map((l) => l.trim().replace(/^- /, ''))
    .filter(Boolean);
  return {
    code,
    severity: 'error',
    file: '',
    message,
    hint: [...lines, say('browser-missing.written-anyway')].join(' '),
  };
};

export async function pdfSupply(o: PdfSupplyOptions): Promise<PdfSupply> {
  const none = { identity: 'no-pdf', launched: () => false, close: async () => undefined };
  if (o.renderer) {
    const given = o.renderer;
    return { identity: await browserIdentity(given.browser.path), renderer: async () => given, launched: () => true, close: async () => undefined };
  }
  const [{ findBrowser, BrowserNotFoundError }, { chooseBrowser, sandboxRequired, sandboxFix }] = await Promise.all([
    import('../pdf/browser-finder.js'),
    import('../pdf/sandbox.js'),
  ]);
  let choice: BrowserChoice;
  try {
    const found = await findBrowser({ explicitPath: o.browser ?? o.loaded.config.browser, env: o.env });
    // Before the views' keys: which browser prints is part of them, and a refused sandbox may mean another browser.
    choice = await chooseBrowser(found, { requested: o.noSandbox, env: o.env });
  } catch (e) {
    if (!(e instanceof BrowserNotFoundError)) throw e;
    return { ...none, problem: noFile(say('browser-missing.message'), `${e.list}\n${e.howTo}`, 'browser-missing') };
  }
  const { path } = choice.browser;
  if (choice.sandbox.cause === 'refused' && sandboxRequired(o.env)) {
    const why = say('sandbox.required', { browser: path, why: choice.sandbox.detail ?? 'refused' });
    return { ...none, problem: noFile(why, say('sandbox.required-hint', { fix: sandboxFix() }), 'browser-sandbox') };
  }
  let opened: Promise<PdfRenderer | undefined> | undefined;
  const supply: PdfSupply = {
    identity: await browserIdentity(path),
    renderer: () =>
      (opened ??= import('../pdf/pdf-renderer.js')
        .then(({ openPdfRenderer }) =>
          openPdfRenderer({
            executablePath: path,
            concurrency: o.concurrency ?? o.loaded.config.concurrency,
            sandbox: choice.sandbox,
            onNote: o.onNote,
            env: o.env,
            ...o.pdfRendererOptions,
          }),
        )
        .catch((e: Error) => {
          supply.failure = noFile(say('browser-failed.message', { error: e.message }), '', 'browser-failed');
          return undefined;
        })),
    launched: () => opened !== undefined,
    close: async () => {
      if (opened) return void (await (await opened)?.close());
      // Nothing printed: a browser the command line started for this build goes at once.
      await (await import('../pdf/browser-launch.js')).discardEarly();
    },
  };
  return supply;
}
