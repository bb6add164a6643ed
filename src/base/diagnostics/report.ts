/**
 * Diagnostic printers: `stylish` for people (vfile-reporter's layout),
 * `json` for tools, `github` for GitHub Actions annotations, `unix` for
 * vim's errorformat, Emacs' compile mode and editors' problem matchers.
 */
import type { Diagnostic, Span } from './diagnostic.js';
import { countBySeverity } from './diagnostic.js';
import { printable } from './printable.js';
import { docsOf } from './codes.js';
import { messageLanguage, say } from '../messages/index.js';
import { maxOf } from '../arrays.js';

export type ReportFormat = 'stylish' | 'json' | 'github' | 'unix';
export const reportFormats: readonly ReportFormat[] = ['stylish', 'json', 'github', 'unix'];

/** `line:column` (or a range) for people; nothing for a finding about a whole file, a folder or the machine (a "1:1" there pointed at nothing). */
function place(span: Span | undefined): string {
  if (!span) return '';
  const { start, end } = span;
  if (end.line === start.line && end.column === start.column) return `${start.line}:${start.column}`;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

export interface ReportOptions {
  format: ReportFormat;
  /** Files checked, for the summary line. */
  fileCount: number;
  color?: boolean;
  /** The "N files checked" line at the end of `stylish` (default: shown). */
  summary?: boolean;
}

export function report(all: readonly Diagnostic[], options: ReportOptions): string {
  const diagnostics = all.map(safe);
  switch (options.format) {
    case 'json':
      return JSON.stringify(diagnostics.map(toJson), null, 2) + '\n';
    case 'github':
      return diagnostics.map(toGithub).join('');
    case 'unix':
      return diagnostics.map(toUnix).join('');
    default:
      return stylish(diagnostics, options);
  }
}

/** Every text of a diagnostic that can come from a source, made printable (printable.ts), in every format. */
function safe(d: Diagnostic): Diagnostic {
  return {
    ...d,
    file: printable(d.file),
    message: printable(d.message),
    hint: d.hint === undefined ? undefined : printable(d.hint),
    related: d.related?.map((r) => ({ ...r, file: printable(r.file), message: printable(r.message) })),
  };
}

function toJson(d: Diagnostic) {
  return {
    file: d.file,
    line: d.span?.start.line ?? null,
    column: d.span?.start.column ?? null,
    endLine: d.span?.end.line ?? null,
    endColumn: d.span?.end.column ?? null,
    severity: d.severity,
    code: d.code,
    docs: docsOf(d.code, messageLanguage()),
    message: d.message,
    hint: d.hint ?? null,
    related: (d.related ?? []).map((r) => ({
      file: r.file,
      line: r.span?.start.line ?? null,
      column: r.span?.start.column ?? null,
      message: r.message,
    })),
  };
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function toGithub(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`];
  if (d.span) {
    props.push(`line=${d.span.start.line}`, `col=${d.span.start.column}`);
    props.push(`endLine=${d.span.end.line}`);
    if (d.span.end.line === d.span.start.line) props.push(`endColumn=${d.span.end.column}`);
  }
  props.push(`title=${escapeProperty(d.code)}`);
  const body = [d.message, d.hint, say('report.docs', { link: docsOf(d.code, messageLanguage()) })].filter((line) => line !== undefined).join('\n');
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(body)}\n`;
}

/**
 * `file:line:column: severity: message [code]`, one line per finding (the
 * hint and related places would be lines a matcher reads as findings).
 * Line breaks in a message become spaces so that one finding stays one line.
 */
function toUnix(d: Diagnostic): string {
  const at = `${d.span?.start.line ?? 1}:${d.span?.start.column ?? 1}`;
  return `${d.file}:${at}: ${d.severity}: ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')} [${d.code}]\n`;
}

const paint = (on: boolean, code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[39m` : s);

function stylish(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  const red = paint(!!options.color, 31);
  const yellow = paint(!!options.color, 33);
  const dim = (s: string) => (options.color ? `\u001b[2m${s}\u001b[22m` : s);
  const lines: string[] = [];
  const severityWords = { error: say('report.error'), warning: say('report.warning') };
  const severityWidth = Math.max(severityWords.error.length, severityWords.warning.length);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  for (const [file, list] of byFile) {
    lines.push(file || 'agenda');
    const places = list.map((d) => place(d.span));
    const width = maxOf(
      places.map((p) => p.length),
      0,
    );
    list.forEach((d, i) => {
      const sev = d.severity === 'error' ? red(severityWords.error.padEnd(severityWidth)) : yellow(severityWords.warning.padEnd(severityWidth));
      lines.push(`  ${places[i].padEnd(width)}  ${sev}  ${d.message}  ${dim(d.code)}`);
      for (const r of d.related ?? []) {
        const at = place(r.span);
        const where = r.file === d.file ? at : at ? `${r.file}:${at}` : r.file;
        lines.push(`  ${' '.repeat(width)}  ${dim(`  ${where ? `${where}: ` : ''}${r.message}`)}`);
      }
      if (d.hint) lines.push(`  ${' '.repeat(width)}  ${dim(`  ${say('report.hint', { hint: d.hint })}`)}`);
    });
    lines.push('');
  }
  if (options.summary === false) return lines.join('\n') + (lines.length ? '\n' : '');
  const { errors, warnings } = countBySeverity(diagnostics);
  const summary = say('report.summary', { files: options.fileCount, errors, warnings });
  lines.push(errors ? red(summary) : warnings ? yellow(summary) : summary);
  return lines.join('\n') + '\n';
}
