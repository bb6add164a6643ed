/**
 * A source's findings as the editor shows them: the same diagnostics
 * `agenda check` prints (code, severity, place, related places, hint), for
 * the text as it stands in the editor, saved or not.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { checkSource } from '../compile.js';
import type { Diagnostic, Fix } from '../diagnostics/diagnostic.js';
import type { LoadedConfig } from '../config.js';
import type { ValidateOptions } from '../validate/validate.js';
import { rangeOf, uriOf } from './positions.js';

/** What a code action needs of a finding, carried in the protocol's `data`. */
export interface FindingData {
  fix?: Fix;
}

/** Whether the editor's text is a gathering source: a file that opens with front matter. */
export function hasFrontMatter(text: string): boolean {
  return /^\uFEFF?---[ \t]*\r?\n/.test(text);
}

/** The one place the server runs the checker, as `agenda check` does for one file. */
export function checkText(text: string, file: string, config: LoadedConfig | undefined, today: ValidateOptions['today']): Diagnostic[] {
  return checkSource(text, file, { today, rules: config?.config.rules, templates: config?.templateNames }).diagnostics;
}

export function toLsp(d: Diagnostic, uri: string): LspDiagnostic {
  const data: FindingData = d.fix ? { fix: d.fix } : {};
  return {
    range: rangeOf(d.span),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'agenda',
    message: d.hint ? `${d.message}\nhint: ${d.hint}` : d.message,
    ...(d.related?.length && {
      relatedInformation: d.related.map((r) => ({
        location: { uri: r.file === d.file ? uri : uriOf(r.file), range: rangeOf(r.span) },
        message: r.message,
      })),
    }),
    data,
  };
}
