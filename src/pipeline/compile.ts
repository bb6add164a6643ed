/**
 * The pipeline for one source, in one screen:
 *
 *   read → parse → check → plan      compileSource (the main thread)
 *        → render every view         renderSource (the render thread)
 *
 * Each phase returns its value and its diagnostics. Nothing here prints,
 * exits, launches a browser or writes a file; reading is the source, the
 * images it names and the templates. Every driver goes through here:
 * `check` and `build` (and so `watch` and `preview`) compile each source
 * with compileSource, the build's render thread (render-worker.ts) renders
 * its views with renderSource, and the language server checks a text with
 * compileSource. A source is parsed once: the render thread is sent the
 * parsed gathering (portableGathering), not its text.
 */
import { readBoundedSync } from '../base/bounded-read.js';
import { contained } from '../base/diagnostics/contain.js';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { compareDiagnostics } from '../base/diagnostics/diagnostic.js';
import { readCause } from '../base/diagnostics/io-problem.js';
import { append } from '../base/arrays.js';
import { say } from '../base/messages/index.js';
import { type ValidateOptions, validate } from '../check/validate.js';
import type { Gathering } from '../model/gathering.js';
import { decodeSource } from '../parse/decode.js';
import { parseSource } from '../parse/parse.js';
import { MAX_SOURCE_BYTES } from '../model/limits.js';
import { probeImage } from '../render/image-check.js';
import { type Project, type RenderedView, renderView, type ViewContext } from '../render/render-view.js';
import { type View, viewsOf } from '../render/views.js';

export type { Project, RenderedView, View, ViewContext };

export interface SourceResult {
  file: string;
  /** Present when the source parsed; it may still have errors. */
  gathering?: Gathering;
  diagnostics: Diagnostic[];
  /** The source text as decoded (strict UTF-8, byte order mark dropped), when it could be read. */
  text?: string;
  /** The invitations it makes, planned once: when it has no errors and an output name was given. */
  views?: View[];
}

/** One view rendered, or why it was not. */
export interface ViewResult {
  value?: RenderedView;
  diagnostics: Diagnostic[];
  /** Not made: it uses this template, one of those the caller said not to run (they ran out of time for another view). */
  slowTemplate?: string;
}

/** What the render thread asks of renderSource beyond the views: to hear when each view's template starts, and templates not to run. */
export interface RenderHooks {
  /** Each view, as it is made. */
  each?: (result: ViewResult, index: number) => void;
  /** The view's template is about to run (a time-out from here on is the template's). */
  onTemplate?: (template: string, index: number) => void;
  /** Templates that ran out of time for another view of this build: a view that uses one is not made. */
  slowTemplates?: readonly string[];
}

/** Ends a view before its template runs: the template is one of the slow ones. */
class SlowTemplate extends Error {
  constructor(readonly template: string) {
    super(template);
  }
}

/** Read: the file's text, or the diagnostic that says why there is none. */
export function readSource(file: string): { text?: string; diagnostics: Diagnostic[] } {
  let bytes: Uint8Array;
  try {
    const read = readBoundedSync(file, MAX_SOURCE_BYTES);
    if (read.tooLarge !== undefined) return { diagnostics: [sourceTooLarge(file, read.tooLarge)!] };
    bytes = read.bytes;
  } catch (e) {
    return { diagnostics: [{ code: 'file-unreadable', severity: 'error', file, message: say('file-unreadable.message', { path: file, cause: readCause(e) }) }] };
  }
  const decoded = decodeSource(bytes, file);
  return decoded.diagnostic ? { diagnostics: [decoded.diagnostic] } : { text: decoded.text, diagnostics: [] };
}

const MB = 1024 * 1024;

/** The finding for a file of `size` bytes when that is too large to be a source (refused before it is read), else undefined. */
export function sourceTooLarge(file: string, size: number): Diagnostic | undefined {
  if (size <= MAX_SOURCE_BYTES) return undefined;
  const at = { line: 1, column: 1, offset: 0 };
  return {
    file,
    code: 'source-too-large',
    severity: 'error',
    span: { start: at, end: at },
    // In megabytes, rounded up to a tenth: a file one byte over the limit does not read as the limit.
    message: say('source-too-large.message', { size: Math.ceil((size / MB) * 10) / 10, max: MAX_SOURCE_BYTES / MB }),
    hint: say('too-large.hint'),
  };
}

/** Parse and check one text: the rules over the model (no disk). A fault in the tool is this file's diagnostic. */
export function checkSource(text: string, file: string, options: ValidateOptions = {}): SourceResult {
  return contained(
    file,
    () => parseAndValidate(text, file, options),
    (d) => ({ file, text, diagnostics: [d] }),
  );
}

function parseAndValidate(text: string, file: string, options: ValidateOptions): SourceResult {
  const parsed = parseSource(text, file);
  if (!parsed.gathering && parsed.partial) {
    // The rules over what could be read, beside the errors in the rest: both are mended in one round. No gathering: nothing renders it.
    const { gathering, unread } = parsed.partial;
    const inside = (d: Diagnostic) => unread.some((s) => d.span && d.span.start.offset >= s.start.offset && d.span.start.offset <= s.end.offset);
    const found = validate(gathering, options).filter((d) => !inside(d));
    return { file, text, diagnostics: capped(append([...parsed.diagnostics], found).sort(compareDiagnostics), file) };
  }
  if (!parsed.gathering) return { file, text, diagnostics: capped(parsed.diagnostics.sort(compareDiagnostics), file) };
  const diagnostics = append([...parsed.diagnostics], validate(parsed.gathering, options));
  return { file, text, gathering: parsed.gathering, diagnostics: capped(diagnostics.sort(compareDiagnostics), file) };
}

/** At most this many findings are given for one file; one more says how many are left out. */
export const MAX_FINDINGS = 100;

/** The first MAX_FINDINGS findings, and a summary of the rest: an error when any of the rest is one, so the exit code stays. */
function capped(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  if (diagnostics.length <= MAX_FINDINGS) return diagnostics;
  const rest = diagnostics.slice(MAX_FINDINGS);
  const errors = rest.filter((d) => d.severity === 'error').length;
  const summary: Diagnostic = {
    code: 'findings-capped',
    severity: errors > 0 ? 'error' : 'warning',
    file,
    // At the last finding left out, so that it sorts after every one shown.
    span: rest[rest.length - 1].span,
    message: say('findings-capped.message', { count: rest.length, errors, warnings: rest.length - errors }),
    hint: say('findings-capped.hint'),
  };
  return [...diagnostics.slice(0, MAX_FINDINGS), summary];
}

/** Told of each image a check looked at, and what it found: the check's result depends on these besides the text (a build reuses it while they stay the same). */
export type ProbeObserver = (path: string, base: string, found: ReturnType<typeof probeImage>) => void;

/**
 * Read (unless the text is given: an editor's buffer, a test), parse and
 * check against the project (the rules, and what rendering will read:
 * images), then plan the invitations of a source without errors.
 */
export function compileSource(source: { file: string; text?: string; name?: string }, project: Project, onProbe?: ProbeObserver): SourceResult {
  const { file, name } = source;
  let text = source.text;
  if (text === undefined) {
    const read = readSource(file);
    if (read.text === undefined) return { file, diagnostics: read.diagnostics };
    text = read.text;
  }
  const probe = (path: string, base: string) => {
    const found = probeImage(path, base, project.root, 'image');
    onProbe?.(path, base, found);
    return found;
  };
  const checked = checkSource(text, file, { today: project.today, rules: project.config.rules, templates: project.templateNames, probeImage: probe });
  if (name === undefined || !checked.gathering || checked.diagnostics.some((d) => d.severity === 'error')) return checked;
  return { ...checked, views: viewsOf(checked.gathering, name, project.request) };
}

/**
 * Render: each view as HTML, a calendar and a print job, in order, each
 * handed to `hooks.each` as it is made. A template that fails, or a fault
 * of any kind in the tool, is that view's diagnostic; the other views are
 * made.
 */
export function renderSource(g: Gathering, views: readonly View[], project: Project, context: ViewContext, hooks: RenderHooks = {}): ViewResult[] {
  return views.map((view, index) => {
    const onTemplate = (template: string) => {
      if (hooks.slowTemplates?.includes(template)) throw new SlowTemplate(template);
      hooks.onTemplate?.(template, index);
    };
    let result: ViewResult;
    try {
      result = renderView(g, view, project, context, onTemplate);
    } catch (e) {
      result = e instanceof SlowTemplate ? { diagnostics: [], slowTemplate: e.template } : { diagnostics: [renderFault(g.file, view, e)] };
    }
    hooks.each?.(result, index);
    return result;
  });
}

/** A fault in the tool while making one view: that view's diagnostic. */
export function renderFault(file: string, view: View, e: unknown): Diagnostic {
  const reason = (e instanceof Error ? e.message : String(e)).slice(0, 200);
  return { code: 'render-failed', severity: 'error', file, message: say('render.fault', { view: view.name, reason }), hint: say('render.fault.hint') };
}
