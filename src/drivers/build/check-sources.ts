/**
 * The check both `agenda check` and `agenda build` run over a set of
 * sources: each source through the pipeline's read → parse → check → plan
 * (compileSource; its views are planned there, once), then
 * what only the set shows: invitations that would be written to one name,
 * or to index.*, the listing's. Check is the contract: a source it passes,
 * build can make. A build reuses the last build's check of a source
 * nothing of which changed (check-cache.ts), and keeps parsed sources only
 * up to a budget.
 */
import { compileSource, readSource, type Project } from '../../pipeline/compile.js';
import { compareDiagnostics, type Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { say } from '../../base/messages/index.js';
import { own } from '../../base/own.js';
import type { Gathering } from '../../model/gathering.js';
import { probeImage } from '../../render/image-check.js';
import type { View } from '../../render/views.js';
import type { SourceSet } from '../sources/files.js';
import { isFeedName } from '../site/feed.js';
import { type CheckEntries, type CheckEntry, checkContext, entryHash, probeRecorder, reusable, textHash } from './check-cache.js';

/** One source checked. */
export interface CheckedSource {
  file: string;
  diagnostics: Diagnostic[];
  /** The invitations it makes: when it has no errors. */
  views?: View[];
  /** Its parse, while the build's budget keeps it (keepChars); otherwise parsed again when its views are made (parseAgain). */
  gathering?: Gathering;
  /** Of its text as checked, and of what the check depended on (entryHash): a second parse must find it. */
  hash?: string;
  /** Of its text (textHash): its outputs are keyed by it. */
  textHash?: string;
  /** The audience ids it declares. */
  audiences?: string[];
}

export interface CheckedSet {
  /** In the order of the files. */
  results: CheckedSource[];
  /** Every file's diagnostics and those of the set, sorted by file. */
  diagnostics: Diagnostic[];
  /** Files with errors: not built. */
  invalid: Set<string>;
  /** A build's: each source's check as the record keeps it, by source id. */
  checks: CheckEntries;
  /** A build's: what every check depended on besides its source (checkContext). */
  context: string;
}

/** What a build asks of the check besides `agenda check`'s: checks to reuse, and how many parsed sources to keep. */
export interface BuildCheck {
  /** The last build's checks, by source id. */
  previous: CheckEntries;
  /** The tool's key (toolKey). */
  tool: string;
  idOf: (file: string) => string;
  /** Parsed sources are kept until their views are made while their texts add up to at most this many characters; the rest are parsed again then, so a build's memory does not grow with its number of sources. */
  keepChars: number;
}

/** Between files, at most this long without letting the event loop run: a signal is answered meanwhile. */
const SLICE_MS = 50;

export async function checkSources(set: SourceSet, project: Project, build: BuildCheck | false): Promise<CheckedSet> {
  const results: CheckedSource[] = [];
  const claimed = new Map<string, string>();
  const setDiagnostics: Diagnostic[] = [];
  const context = build ? checkContext(project, build.tool) : '';
  const checks: CheckEntries = Object.create(null);
  let kept = 0;
  let slice = performance.now();
  for (const file of set.files) {
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    const source = { file, name: set.names.get(file)! };
    const { result, entry, chars } = build ? checkForBuild(source, project, build, context) : { result: compileSource(source, project), entry: undefined, chars: 0 };
    if (result.views) setDiagnostics.push(...claimNames(file, result.views, claimed));
    if (build && entry) checks[build.idOf(file)] = entry;
    kept += chars;
    results.push(build && kept <= build.keepChars ? result : { ...result, gathering: undefined });
  }
  const diagnostics = [...set.diagnostics, ...results.flatMap((r) => r.diagnostics), ...setDiagnostics].sort(compareDiagnostics);
  const invalid = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  return { results, diagnostics, invalid, checks, context };
}

/** One source: the last build's check when nothing it depended on changed, otherwise checked now. */
function checkForBuild(source: { file: string; name: string }, project: Project, build: BuildCheck, context: string): { result: CheckedSource; entry?: CheckEntry; chars: number } {
  const { file, name } = source;
  const read = readSource(file);
  if (read.text === undefined) return { result: { file, diagnostics: read.diagnostics }, chars: 0 };
  const ofText = textHash(read.text);
  const hash = entryHash(context, file, name, ofText);
  const probe = (path: string, base: string) => probeImage(path, base, project.root, 'image');
  const before = reusable(own(build.previous, build.idOf(file)), hash, source, probe);
  if (before) return { result: { file, diagnostics: before.diagnostics, views: before.views, audiences: before.audiences, hash, textHash: ofText }, entry: before, chars: 0 };
  const recorder = probeRecorder();
  const r = compileSource({ file, text: read.text, name }, project, recorder.observe);
  const audiences = r.gathering ? Object.keys(r.gathering.audiences ?? {}) : undefined;
  const entry: CheckEntry = { hash, probes: recorder.probes, diagnostics: r.diagnostics, ...(r.views ? { views: r.views } : {}), ...(audiences ? { audiences } : {}) };
  return { result: { file, diagnostics: r.diagnostics, views: r.views, audiences, hash, textHash: ofText, gathering: r.gathering }, entry, chars: read.text.length };
}

/**
 * A source whose parse was let go, parsed again to make its views: it must
 * be the text that was checked (a `source-changed` error otherwise: the
 * check said nothing of what is there now).
 */
export function parseAgain(source: { file: string; name: string; hash: string }, project: Project, context: string): { gathering?: Gathering; diagnostics: Diagnostic[] } {
  const read = readSource(source.file);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const r =
    entryHash(context, source.file, source.name, textHash(read.text)) === source.hash
      ? compileSource({ file: source.file, text: read.text, name: source.name }, project)
      : undefined;
  if (r?.gathering && !r.diagnostics.some((d) => d.severity === 'error')) return { gathering: r.gathering, diagnostics: [] };
  return {
    diagnostics: [
      { code: 'source-changed', severity: 'error', file: source.file, message: say('source-changed.message', { file: source.file }), hint: say('source-changed.hint') },
    ],
  };
}

const START = { line: 1, column: 1, offset: 0 };

/** Output names are compared without case: b.md and B.md would overwrite each other on macOS and Windows. */
function claimNames(file: string, views: readonly { name: string; label?: string }[], claimed: Map<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const view of views) {
    const key = view.name.toLowerCase();
    const what = view.label ? ` (${view.label})` : '';
    if (key === 'index' || isFeedName(key)) {
      out.push({
        code: 'output-reserved',
        severity: 'error',
        file,
        span: { start: START, end: START },
        message: say('output-reserved.message', { file, label: what, name: view.name, kind: key === 'index' ? 'index' : 'feed' }),
        hint: say('output-reserved.hint'),
      });
      continue;
    }
    const other = claimed.get(key);
    const mine = `${file}${what}`;
    if (other !== undefined) {
      out.push({
        code: 'output-clash',
        severity: 'error',
        file,
        span: { start: START, end: START },
        message: say('output-clash.message', { mine, other, name: view.name }),
        related: [{ message: say('output-clash.related'), file: other.replace(/ \(.*\)$/, '') }],
        hint: say('output-clash.hint'),
      });
    } else claimed.set(key, mine);
  }
  return out;
}
