/**
 * The validator: every rule over one parsed gathering. Rules never throw
 * and never print; they report findings under their codes, and the
 * severity of each code comes from, in order of precedence: the file's
 * `rules:`, the project config's `rules:`, the code's default. In either
 * `rules:` a key is a code (`member-duplicate`) or a rule module's id
 * (`groups`, for all its codes); the code wins over its module.
 */
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { quote, say } from '../base/messages/index.js';
import type { FullDate, Gathering } from '../model/gathering.js';
import { spanOf } from '../model/gathering.js';
import { locationOf } from '../model/location.js';
import { Context, type ImageProbe } from './context.js';
import type { Rule, RuleCode, RuleSeverity } from './rule.js';
import { rules as allRules } from './rules/index.js';
import { closest } from '../base/suggest.js';
import { ruleIds } from '../base/diagnostics/codes.js';

export interface ValidateOptions {
  /** "Today", for the gathering-in-the-past warning; from --today or SOURCE_DATE_EPOCH. */
  today?: Pick<FullDate, 'year' | 'month' | 'day'>;
  /** Severity per rule id from the project config; the file's own `rules:` win over these. */
  rules?: Record<string, RuleSeverity>;
  /**
   * The template names there are (templateNames() in
   * src/render/template-names.ts); when given, a `template:` not among them
   * is a `template-unknown` error.
   */
  templates?: readonly string[];
  /** Reads images for the `images` rule (the pipeline gives the renderer's reader); without it images are not judged. */
  probeImage?: ImageProbe;
}

export type Severities = Partial<Record<string, RuleSeverity>>;

const byCode = new Map<string, { rule: Rule; code: RuleCode }>();
const moduleIds = new Set<string>();
for (const rule of allRules) {
  moduleIds.add(rule.id);
  for (const code of rule.codes) byCode.set(code.id, { rule, code });
}

export function defaultSeverity(code: string): RuleSeverity | undefined {
  return byCode.get(code)?.code.severity;
}

/** The severity of a code after the config and the file have had their say. */
export function severityOf(code: string, config: Severities = {}, file: Severities = {}): RuleSeverity {
  const entry = byCode.get(code);
  if (!entry) return 'error';
  const module = entry.rule.id;
  return file[code] ?? (module !== code ? file[module] : undefined) ?? config[code] ?? config[module] ?? entry.code.severity;
}

export function validate(gathering: Gathering, options: ValidateOptions = {}): Diagnostic[] {
  const config = options.rules ?? {};
  const own = (gathering.rules ?? {}) as Severities;
  const diagnostics = unknownRuleIds(gathering.rules, gathering.file);
  if (options.templates && gathering.template !== undefined) {
    const unknown = unknownTemplate(gathering.template, options.templates, gathering.file, spanOf(gathering, 'template'));
    if (unknown) diagnostics.push(unknown);
  }
  const context = new Context(gathering, { today: options.today, probeImage: options.probeImage });
  for (const rule of allRules) {
    if (rule.codes.every((c) => severityOf(c.id, config, own) === 'off')) continue;
    rule.check(context);
  }
  for (const f of context.findings) {
    const severity = severityOf(f.code, config, own);
    if (severity === 'off') continue;
    diagnostics.push({
      file: gathering.file,
      code: f.code,
      severity,
      message: f.message,
      span: f.span,
      related: f.related?.map((r) => ({ ...r, file: gathering.file })),
      hint: f.hint,
      ...(f.fix && { fix: f.fix }),
    });
  }
  return diagnostics;
}

/**
 * `rules:` keys that name no rule, from a source's front matter or the
 * project config (`file` is then the config file). With the source text the
 * key itself is pointed at, else its value.
 */
export function unknownRuleIds(rules: Record<string, unknown> | undefined, file: string): Diagnostic[] {
  if (!rules) return [];
  const out: Diagnostic[] = [];
  let known: string[] | undefined;
  for (const key of Object.keys(rules)) {
    if (byCode.has(key) || moduleIds.has(key)) continue;
    // The key as the parser recorded it (a fix writes over it); else its value, or the rules.
    const keySpan = locationOf(rules)?.key(key);
    const span = keySpan ?? (locationOf(rules) ? spanOf(rules, key) : undefined);
    const onKey = keySpan !== undefined;
    const suggestion = closest(key, (known ??= ruleIds()));
    out.push({
      file,
      code: 'rule-unknown',
      severity: 'error',
      span,
      message: say('rule-unknown.message', { key: quote(key) }),
      hint: say('rule-unknown.hint', { suggestion: suggestion ? quote(suggestion) : 'none' }),
      ...(suggestion && span && onKey && { fix: { span, text: suggestion } }),
    });
  }
  return out;
}

/**
 * A template name that is not among the known ones, from a source's
 * `template:` or the project config's (`file` is then the config file).
 */
export function unknownTemplate(name: string, known: readonly string[], file: string, span: Diagnostic['span']): Diagnostic | undefined {
  if (known.includes(name)) return undefined;
  const suggestion = closest(name, known);
  return {
    file,
    code: 'template-unknown',
    severity: 'error',
    span,
    message: say('template-unknown.message', { name: quote(name) }),
    hint: say('template-unknown.hint', { suggestion: suggestion ? quote(suggestion) : 'none', count: known.length, known: known.join(', ') }),
    ...(suggestion && span && { fix: { span, text: suggestion } }),
  };
}
