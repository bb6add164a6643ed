/**
 * What a preview page is told after each build: the build's number, and the
 * problems of each source that has errors (an invitation that could not be
 * made is one too), with the views that source's last good outputs are shown as. The
 * index page shows every problem, an invitation's page those of its source.
 */
import { resolve } from 'node:path';
import type { BuildReport } from '../build/build.js';
import type { Manifest } from '../build/cache.js';
import { revealHidden } from '../../base/hidden.js';

export interface ShownDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  line?: number;
  column?: number;
  hint?: string;
}

export interface Problem {
  /** The source, as the build names it. */
  file: string;
  /** The output names (without extension) its pages are served as. */
  views: string[];
  diagnostics: ShownDiagnostic[];
}

export interface PreviewState {
  build: number;
  problems: Problem[];
}

/** `root`: the project folder the manifest's sources are relative to. */
export function problemsOf(report: BuildReport, manifest: Manifest, root: string): Problem[] {
  const byFile = new Map<string, ShownDiagnostic[]>();
  const add = (file: string, d: ShownDiagnostic) => byFile.set(file, [...(byFile.get(file) ?? []), d]);
  // The build's own problems (no browser) belong to no page: the terminal shows them.
  for (const d of report.diagnostics.filter((d) => d.file)) {
    // Text a message quotes from a source is shown with its hidden characters spelled out (base/hidden.ts): the overlay is read like the page.
    const hint = d.hint === undefined ? undefined : revealHidden(d.hint);
    add(d.file, { severity: d.severity, code: d.code, message: revealHidden(d.message), line: d.span?.start.line, column: d.span?.start.column, hint });
  }
  const problems: Problem[] = [];
  for (const [file, diagnostics] of byFile) {
    if (!diagnostics.some((d) => d.severity === 'error')) continue;
    const views = Object.entries(manifest.outputs)
      .filter(([, e]) => resolve(root, e.source) === resolve(file))
      .map(([name]) => name);
    problems.push({ file, views, diagnostics });
  }
  return problems;
}
