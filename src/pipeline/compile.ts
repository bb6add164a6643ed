/**
 * The pipeline for one source, in one screen:
 *
 *   read → parse → check → plan → render
 *
 * Each phase returns its value and its diagnostics. Nothing here prints,
 * exits, launches a browser or writes a file; reading is the source, the
 * images it names and the templates. The drivers (check, build, watch,
 * preview, lsp) collect sources, schedule, cache, print PDFs and write.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { compareDiagnostics } from '../base/diagnostics/diagnostic.js';
import { contained } from '../base/diagnostics/contain.js';
import { say } from '../base/messages/index.js';
import type { Gathering } from '../model/gathering.js';
import { decodeSource } from '../parse/decode.js';
import { parseSource } from '../parse/parse.js';
import { validate, type ValidateOptions } from '../check/validate.js';
import { probeImage } from '../render/image-check.js';
import { viewsOf, type View, type ViewRequest } from '../render/views.js';
import { renderView, type Project, type RenderedView, type ViewContext } from '../render/render-view.js';
import { append } from '../base/arrays.js';

export type { Project, RenderedView, ViewContext };

export interface SourceResult {
  file: string;
  /** Present when the source parsed; it may still have errors. */
  gathering?: Gathering;
  diagnostics: Diagnostic[];
  /** The source text as decoded (strict UTF-8, byte order mark dropped), when it could be read. */
  text?: string;
}

/** Read: the file's text, or the diagnostic that says why there is none. */
export function readSource(file: string): { text?: string; diagnostics: Diagnostic[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { diagnostics: [{ code: 'file-unreadable', severity: 'error', file, message: `cannot read ${file}: ${code}` }] };
  }
  const decoded = decodeSource(bytes, file);
  return decoded.diagnostic ? { diagnostics: [decoded.diagnostic] } : { text: decoded.text, diagnostics: [] };
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
    const found = validate(gathering, { ...options, source: text }).filter((d) => !inside(d));
    return { file, text, diagnostics: capped(append([...parsed.diagnostics], found).sort(compareDiagnostics), file) };
  }
  if (!parsed.gathering) return { file, text, diagnostics: capped(parsed.diagnostics.sort(compareDiagnostics), file) };
  const diagnostics = append([...parsed.diagnostics], validate(parsed.gathering, { ...options, source: text }));
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

/** Parse and check against the project: the rules, and what rendering will read (images). */
export function checkText(text: string, file: string, project: Project): SourceResult {
  const probe = (path: string, base: string) => probeImage(path, base, project.root, 'image');
  return checkSource(text, file, { today: project.today, rules: project.config.rules, templates: project.templateNames, probeImage: probe });
}

/** Read, parse and check one file. */
export function checkFile(file: string, project: Project): SourceResult {
  const read = readSource(file);
  return read.text === undefined ? { file, diagnostics: read.diagnostics } : checkText(read.text, file, project);
}

/** Plan: the invitations a valid gathering yields (the whole, its audiences, its groups). */
export function planViews(gathering: Gathering, name: string, request: ViewRequest): View[] {
  return viewsOf(gathering, name, request);
}

/** Render: one view as HTML, a calendar and a print job; a template that fails is a diagnostic. */
export function render(
  gathering: Gathering,
  view: View,
  project: Project,
  context: ViewContext,
  onTemplate?: (template: string) => void,
): { value?: RenderedView; diagnostics: Diagnostic[] } {
  return renderView(gathering, view, project, context, onTemplate);
}

/** The whole path for one source held in memory (watch, preview): diagnostics and every view rendered. */
export function compile(text: string, file: string, project: Project, name: string, context: ViewContext): { diagnostics: Diagnostic[]; views: RenderedView[] } {
  const checked = checkText(text, file, project);
  const g = checked.gathering;
  if (!g || checked.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: checked.diagnostics, views: [] };
  const views: RenderedView[] = [];
  const diagnostics = [...checked.diagnostics];
  for (const view of planViews(g, name, project.request)) {
    const rendered = render(g, view, project, context);
    append(diagnostics, rendered.diagnostics);
    if (rendered.value) views.push(rendered.value);
  }
  return { diagnostics, views };
}
