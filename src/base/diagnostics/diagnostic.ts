/**
 * One diagnostic type for every stage (parse, schema, validate, render),
 * after vfile-message: a permanent rule id, a severity, a message that says
 * what happened, the place, related places and a hint that says what to do.
 */
import type { Code } from './codes.js';

export interface Point {
  /** 1-based line in the source file. */
  line: number;
  /** 1-based column in the source file. */
  column: number;
  /** 0-based character offset in the source file. */
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning';

export interface Related {
  message: string;
  file: string;
  span?: Span;
}

/** A known repair: put `text` in place of what `span` covers (an editor offers it as a quick fix). */
export interface Fix {
  span: Span;
  text: string;
}

export interface Diagnostic {
  /** Permanent id from the catalogue, e.g. `yaml-syntax`, `key-unknown`, `overlap`. */
  code: Code;
  severity: Severity;
  message: string;
  file: string;
  span?: Span;
  related?: Related[];
  hint?: string;
  /** The did-you-mean of the hint as an edit, where the hint names one replacement. */
  fix?: Fix;
}

export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

/** Sort by file, then position, errors before warnings at the same place. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const ao = a.span?.start.offset ?? -1;
  const bo = b.span?.start.offset ?? -1;
  if (ao !== bo) return ao - bo;
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
