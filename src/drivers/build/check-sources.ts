/**
 * The check both `agenda check` and `agenda build` run over a set of
 * sources: each source through the pipeline's read → parse → check → plan
 * (compileSource; its views are planned there, once), then
 * what only the set shows: invitations that would be written to one name,
 * or to index.*, the listing's. Check is the contract: a source it passes,
 * build can make.
 */
import { compileSource, type Project, type SourceResult } from '../../pipeline/compile.js';
import { compareDiagnostics, type Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { say } from '../../base/messages/index.js';
import type { SourceSet } from '../sources/files.js';
import { isFeedName } from '../site/feed.js';

export interface CheckedSet {
  /** In the order of the files; with gatherings only when asked to keep them. */
  results: SourceResult[];
  /** Every file's diagnostics and those of the set, sorted by file. */
  diagnostics: Diagnostic[];
  /** Files with errors: not built. */
  invalid: Set<string>;
}

/** Between files, at most this long without letting the event loop run: a signal is answered meanwhile. */
const SLICE_MS = 50;

export async function checkSources(set: SourceSet, project: Project, keep: boolean): Promise<CheckedSet> {
  const results: SourceResult[] = [];
  const claimed = new Map<string, string>();
  const setDiagnostics: Diagnostic[] = [];
  let slice = performance.now();
  for (const file of set.files) {
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    const result = compileSource({ file, name: set.names.get(file)! }, project);
    if (result.views) setDiagnostics.push(...claimNames(file, result.views, claimed));
    results.push(keep ? result : { file, diagnostics: result.diagnostics });
  }
  const diagnostics = [...set.diagnostics, ...results.flatMap((r) => r.diagnostics), ...setDiagnostics].sort(compareDiagnostics);
  const invalid = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  return { results, diagnostics, invalid };
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
