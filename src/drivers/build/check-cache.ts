/**
 * A source's check, kept in the build record and reused by the next build
 * while nothing it depended on changed: the source's text, its name and
 * path, the project (config, templates, today, views asked for), the
 * language messages are said in, the tool itself, and every image the
 * check looked at (looked at again: it must find the same). Only the
 * set-wide contract (output names) is checked again, over every source.
 *
 * The record lives in a folder that is committed or restored from a cache,
 * so what it says of a check is read as untrusted: an entry that is not
 * one this tool writes (an unknown code, a control character in a message)
 * is not reused, and that source is checked again.
 */
import { codes } from '../../base/diagnostics/codes.js';
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { messageLanguage } from '../../base/messages/index.js';
import { own } from '../../base/own.js';
import type { ProbeObserver, Project } from '../../pipeline/compile.js';
import type { View } from '../../render/views.js';
import { hash, isRecord, isString } from './record-values.js';

export interface CheckEntry {
  /** Of the text, file, name and the check's context (checkContext). */
  hash: string;
  /** Each image looked at: its path, the folder it is relative to, and what was found (JSON). */
  probes: [string, string, string][];
  diagnostics: Diagnostic[];
  /** The invitations planned, when the source had no errors. */
  views?: View[];
  /** The audience ids the source declares. */
  audiences?: string[];
}

export type CheckEntries = Record<string, CheckEntry>;

/** What every source's check depends on besides itself: the tool, the project, the folder paths are shown from, the language. */
export function checkContext(project: Project, tool: string): string {
  const { root, config, templatesDir, templateNames, today, request } = project;
  return hash(tool, process.cwd(), messageLanguage(), JSON.stringify({ root, config, templatesDir, templateNames: templateNames ? [...templateNames] : null, today, request }));
}

/** A source's text's hash: its outputs are keyed by it. */
export function textHash(text: string): string {
  return hash(text);
}

/** The hash a source's entry is found by: of its text's hash (textHash), its path and name, and the check's context. */
export function entryHash(context: string, file: string, name: string | undefined, text: string): string {
  return hash(context, file, name ?? '\u0000', text);
}

/** Records the images a check looks at (compileSource's observer). */
export function probeRecorder(): { probes: CheckEntry['probes']; observe: ProbeObserver } {
  const probes: CheckEntry['probes'] = [];
  return { probes, observe: (path, base, found) => probes.push([path, base, JSON.stringify(found)]) };
}

/**
 * The recorded check, when its hash matches, it speaks of this file and
 * plans views of this name only (`name`, `name.gruppe-1`), and every image
 * it looked at is found as it was.
 */
export function reusable(
  entry: CheckEntry | undefined,
  hash: string,
  source: { file: string; name?: string },
  probe: (path: string, base: string) => unknown,
): CheckEntry | undefined {
  if (!entry || entry.hash !== hash) return undefined;
  if (!entry.diagnostics.every((d) => d.file === source.file)) return undefined;
  if (
    entry.views &&
    !entry.views.every(
      (v) => source.name !== undefined && (v.name === source.name || (v.name.startsWith(`${source.name}.`) && /^[a-z0-9-]+$/.test(v.name.slice(source.name.length + 1)))),
    )
  )
    return undefined;
  for (const [path, base, found] of entry.probes) if (JSON.stringify(probe(path, base)) !== found) return undefined;
  return entry;
}

/** A control character a terminal would act on (tab and newline are text). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Every string in the value free of control characters, and nothing but JSON's plain values. */
function plain(v: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (isString(v)) return !CONTROL.test(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return true;
  if (Array.isArray(v)) return v.every((x) => plain(x, depth + 1));
  if (isRecord(v)) return Object.entries(v).every(([k, x]) => !CONTROL.test(k) && plain(x, depth + 1));
  return false;
}

function isDiagnostic(v: unknown): boolean {
  if (!isRecord(v)) return false;
  return isString(v.code) && own(codes, v.code) !== undefined && (v.severity === 'error' || v.severity === 'warning') && isString(v.message) && isString(v.file);
}

function isView(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.name) &&
    (v.label === undefined || isString(v.label)) &&
    (v.audience === undefined || isString(v.audience)) &&
    (v.group === undefined || Number.isInteger(v.group))
  );
}

function isEntry(v: unknown): v is CheckEntry {
  if (!isRecord(v) || !isString(v.hash) || !plain(v)) return false;
  if (!Array.isArray(v.probes) || !v.probes.every((p) => Array.isArray(p) && p.length === 3 && p.every(isString))) return false;
  if (!Array.isArray(v.diagnostics) || !v.diagnostics.every(isDiagnostic)) return false;
  if (v.views !== undefined && !(Array.isArray(v.views) && v.views.every(isView))) return false;
  return v.audiences === undefined || (Array.isArray(v.audiences) && v.audiences.every(isString));
}

/** The entries of a record's `checks` this tool could have written; the others are left out (their sources are checked again). */
export function trustedChecks(checks: unknown): CheckEntries {
  const out: CheckEntries = Object.create(null);
  if (!isRecord(checks)) return out;
  for (const [id, entry] of Object.entries(checks)) if (isEntry(entry)) out[id] = entry;
  return out;
}
