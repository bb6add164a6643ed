/**
 * A source's findings as the editor shows them: the same diagnostics
 * `agenda check` prints (code, severity, place, related places, hint), for
 * the text as it stands in the editor, saved or not.
 */
import { dirname, sep } from 'node:path';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { compileSource, type Project } from '../../pipeline/compile.js';
import type { Diagnostic, Fix } from '../../base/diagnostics/diagnostic.js';
import type { LoadedConfig } from '../../pipeline/config.js';
import { frontMatterOf } from '../../parse/source-text.js';
import { templateNames } from '../../render/template-names.js';
import { say } from '../../base/messages/index.js';
import { revealHidden } from '../../base/hidden.js';
import { rangeOf, uriOf } from './positions.js';

/** What a code action needs of a finding, carried in the protocol's `data`. */
export interface FindingData {
  fix?: Fix;
}

/** Whether the editor's text is a gathering source: a file that opens with front matter. */
export function hasFrontMatter(text: string): boolean {
  return frontMatterOf(text) !== undefined;
}

export interface Setting {
  /** The project config above the source, if any. */
  config?: LoadedConfig;
  /** The editor's workspace folder: the project's root where there is no config, as the current folder is for `agenda check`. */
  workspace?: string;
  today: Project['today'];
}

/** The built-in templates' names, read once: they are the tool's own files, and a source without a config is checked against them at every keystroke. */
let builtin: string[] | undefined;
export const builtinTemplateNames = (): string[] => (builtin ??= templateNames());

/** The one place the server runs the checker: the pipeline's compileSource (read → parse → check), against the project as `agenda check` sees it. */
export function diagnose(text: string, file: string, setting: Setting): Diagnostic[] {
  const loaded = setting.config;
  const config = loaded?.config ?? {};
  const { workspace } = setting;
  const root = loaded?.root ?? (workspace && file.startsWith(workspace + sep) ? workspace : dirname(file));
  const project: Project = {
    root,
    config,
    templatesDir: loaded?.templatesDir,
    templateNames: loaded?.templateNames ?? builtinTemplateNames(),
    today: setting.today,
    request: { audiences: config.audiences, groups: config.groups },
  };
  return compileSource({ file, text }, project).diagnostics;
}

/** Related places sent with one finding at most, and characters of one message: with the checker's cap on findings (findings-capped), what one publication weighs is bounded. */
export const RELATED_LIMIT = 10;
export const MESSAGE_LIMIT = 2000;

const cut = (text: string) => (text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT - 1)}…` : text);

export function toLsp(d: Diagnostic, uri: string): LspDiagnostic {
  const data: FindingData = d.fix ? { fix: d.fix } : {};
  return {
    range: rangeOf(d.span),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'agenda',
    // A source's text quoted in a message is shown with its hidden characters spelled out (base/hidden.ts), as on the terminal.
    message: cut(revealHidden(d.hint ? `${d.message}\n${say('report.hint', { hint: d.hint })}` : d.message)),
    ...(d.related?.length && {
      relatedInformation: d.related.slice(0, RELATED_LIMIT).map((r) => ({
        location: { uri: r.file === d.file ? uri : uriOf(r.file), range: rangeOf(r.span) },
        message: cut(revealHidden(r.message)),
      })),
    }),
    data,
  };
}
