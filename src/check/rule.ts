/**
 * What a validator rule is: a module with a permanent id, the fine-grained
 * codes it reports under (declared in the catalogue, src/base/diagnostics/codes.ts),
 * ok / not-ok examples (in ./rules/examples/, each with its source in every
 * language) that the test suite runs, and docs/rules.md,
 * docs/<language>/rules.md and `agenda explain` show, and a check over one
 * gathering. What the rule is for (`rule.<id>.explanation`), what each code
 * catches (`<code>.summary`) and each example's title are messages of the
 * catalogue (src/base/messages/diagnostics/<language>.json), in every
 * language the tool speaks.
 */
import type { Code, RuleId } from '../base/diagnostics/codes.js';
import type { Language } from '../base/i18n/index.js';
import { type MessageKey, say, sayIn } from '../base/messages/index.js';
import type { Fix, Related, Span } from '../base/diagnostics/diagnostic.js';
import type { Context } from './context.js';

export type RuleSeverity = 'error' | 'warning' | 'off';

export interface RuleCode {
  /** Permanent id, printed with every diagnostic and accepted in `rules:`. */
  id: Code;
  /** Severity unless the project config or the file says otherwise. */
  severity: RuleSeverity;
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

/**
 * An example's source in each language the tool speaks: the same programme
 * as a secretary in each country would write it, line for line (its
 * findings at the same lines), keys and codes as written. `nb` is the one
 * the example was written in; a language not (yet) written falls back to
 * it, and test/check/rules-languages.test.ts lists every such gap.
 */
export type Sources = { nb: string } & Partial<Record<Exclude<Language, 'nb'>, string>>;

export interface Example {
  /** What the example shows, one line: the key of its title in the catalogue, `rule.<rule>.example.<name>`. */
  title: MessageKey;
  /** A whole source file, front matter and body, in each language. */
  source: Sources;
  /** For not-ok examples: every diagnostic of this rule in the `nb` source, checked in English, as `line:column code message`. */
  expected?: string[];
  /** `today` for the example, YYYY-MM-DD. */
  today?: string;
  /** Images beside the example's source, by name, with their size in bytes (the rules that read images see these). */
  images?: Record<string, number>;
}

export interface Rule {
  /** Module id: also accepted in `rules:`, for every code of the module at once. */
  id: RuleId;
  codes: RuleCode[];
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

/** The example's source in `language`: its own, or the `nb` one where that language is not written yet. */
export function sourceOf(example: Pick<Example, 'source'>, language: Language): string {
  return example.source[language] ?? example.source.nb;
}

/** What the rule is for, in the language spoken (or in `language`, loaded): its explanation in the catalogue. */
export function explanationOf(rule: Pick<Rule, 'id'>, language?: Language): string {
  const key = `rule.${rule.id}.explanation` as const;
  return language ? sayIn(language, key) : say(key);
}

/** An example's title, in the language spoken (or in `language`, loaded). */
export function titleOf(example: Pick<Example, 'title'>, language?: Language): string {
  return language ? sayIn(language, example.title as 'rule.time.explanation') : say(example.title as 'rule.time.explanation');
}
