/**
 * What a validator rule is: a module with a permanent id, the fine-grained
 * codes it reports under (declared in the catalogue, src/base/diagnostics/codes.ts), a paragraph that
 * explains it, ok / not-ok examples that the test suite runs and
 * docs/rules.md shows, and a check over one gathering.
 */
import type { Code } from '../base/diagnostics/codes.js';
import type { Fix, Related, Span } from '../base/diagnostics/diagnostic.js';
import type { Context } from './context.js';

export type RuleSeverity = 'error' | 'warning' | 'off';

export interface RuleCode {
  /** Permanent id, printed with every diagnostic and accepted in `rules:`. */
  id: Code;
  /** Severity unless the project config or the file says otherwise. */
  severity: RuleSeverity;
  /** One line: what the code catches. */
  summary: string;
}

/** What a rule reports; the validator adds file and severity. */
export interface Finding {
  code: Code;
  message: string;
  span?: Span;
  related?: Omit<Related, 'file'>[];
  hint?: string;
  fix?: Fix;
}

export interface Example {
  /** What the example shows, one line. */
  title: string;
  /** A whole source file: front matter and body. */
  source: string;
  /** For not-ok examples: every diagnostic of this rule, as `line:column code message`. */
  expected?: string[];
  /** `today` for the example, YYYY-MM-DD. */
  today?: string;
  /** Images beside the example's source, by name, with their size in bytes (the rules that read images see these). */
  images?: Record<string, number>;
}

export interface Rule {
  /** Module id: also accepted in `rules:`, for every code of the module at once. */
  id: string;
  codes: RuleCode[];
  explanation: string;
  ok: Example[];
  notOk: Example[];
  check(context: Context): void;
}

/**
 * Example sources are written indented inside the rule module; this strips
 * the common indentation and the first and last blank lines.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}
