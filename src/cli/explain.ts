/**
 * `agenda explain [CODE]`: what a code catches, why it matters, its rule's
 * examples with what they report (checked as the tests check them, in the
 * language spoken), and how to change its severity; for a rule's id, the
 * rule with all its codes; without a code, every code with its summary,
 * stage by stage. Text wrapped to the terminal with no Markdown marks, or
 * `--format json`. An unknown code is bad usage (exit 2), with the nearest
 * code or rule suggested.
 */
import { type Command, Option } from 'commander';
import { type Code, type CodeInfo, codes, docsOf, ruleIds, type Stage, stages, summaryOf } from '../base/diagnostics/codes.js';
import { UsageError } from '../base/errors.js';
import { messageLanguage, say } from '../base/messages/index.js';
import { closest } from '../base/suggest.js';
import type { Rule } from '../check/rule.js';
import type { Io } from './command-io.js';
import { completes } from './completion.js';
import { ph } from './face.js';

type Format = 'stylish' | 'json';

export function registerExplain(program: Command, io: Io, setCode: (code: number) => void): void {
  const command = program
    .command('explain')
    .description(say('help.explain'))
    .argument(`[${ph('code')}]`, say('help.explainCode'))
    .addOption(new Option(`-f, --format <${ph('format')}>`, say('help.explainFormat')).choices(['stylish', 'json']).default('stylish'))
    .action(async (code: string | undefined, flags: { format: Format }) => {
      const { rules } = await import('../check/rules/index.js');
      io.stdout(code === undefined ? listing(flags.format, io) : await explained(code, rules, flags.format, io));
      setCode(0);
    });
  completes(command, [...new Set([...Object.keys(codes), ...ruleIds()])].sort());
}

const table = codes as Record<Code, CodeInfo>;

/** The code or rule asked for, or bad usage with the nearest one suggested. */
function lookUp(word: string, rules: readonly Rule[]): { code?: Code; rule?: Rule } {
  const wanted = word.trim().toLowerCase();
  const rule = rules.find((r) => r.id === wanted);
  if (Object.hasOwn(codes, wanted)) return { code: wanted as Code, rule: rules.find((r) => r.codes.some((c) => c.id === wanted)) };
  if (rule) return { rule };
  const meant = closest(wanted, [...Object.keys(codes), ...rules.map((r) => r.id)]);
  throw new UsageError(say('explain.unknown', { code: word, meant: meant ?? 'none' }));
}

interface Report {
  line?: number;
  column?: number;
  code: string;
  message: string;
}

interface ExampleOut {
  kind: 'ok' | 'not-ok';
  title: string;
  setting: string[];
  source: string;
  reports: Report[];
}

/** What `agenda explain` says of a code or a rule, as data: the JSON output, and the text's content. */
interface Explanation {
  code?: string;
  rule?: string;
  stage: Stage;
  severity?: 'error' | 'warning';
  summary?: string;
  codes: { code: string; severity: string; summary: string }[];
  explanation: string;
  examples: ExampleOut[];
  configurable: boolean;
  severityText: string;
  severityExample?: string;
  docs: string;
}

async function explained(word: string, rules: readonly Rule[], format: Format, io: Io): Promise<string> {
  const { code, rule } = lookUp(word, rules);
  const { exampleFindings } = await import('../pipeline/examples.js');
  const { explanationOf, sourceOf } = await import('../check/rule.js');
  const { exampleSetting } = await import('../check/rules-doc.js');
  const language = messageLanguage();
  const info = code ? table[code] : undefined;
  const stage: Stage = info?.stage ?? 'check';
  const ruleCodes = new Set<string>(rule ? rule.codes.map((c) => c.id) : []);
  const shows = (reports: Report[]) => !code || reports.some((r) => r.code === code);
  const examples: ExampleOut[] = [];
  for (const [kind, list] of [
    ['ok', rule?.ok ?? []],
    ['not-ok', rule?.notOk ?? []],
  ] as const) {
    for (const e of list) {
      const reports = exampleFindings(e, ruleCodes, language);
      if (kind === 'ok' || shows(reports)) examples.push({ kind, title: say(e.title), setting: exampleSetting(e, language), source: sourceOf(e, language), reports });
    }
  }
  const out: Explanation = {
    ...(code ? { code, severity: info!.severity, summary: summaryOf(code) } : {}),
    ...(rule ? { rule: rule.id } : {}),
    stage,
    codes: code ? [] : rule!.codes.map((c) => ({ code: c.id, severity: c.severity, summary: summaryOf(c.id) })),
    explanation: rule ? explanationOf(rule) : say(`explain.why.${stage as Exclude<Stage, 'check'>}`),
    examples,
    ...severityOf(code, rule, stage),
    docs: docsOf(code ?? rule!.codes[0].id, language),
  };
  return format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : explanationText(out, io);
}

function severityOf(code: Code | undefined, rule: Rule | undefined, stage: Stage): Pick<Explanation, 'configurable' | 'severityText' | 'severityExample'> {
  if (!rule) return { configurable: false, severityText: say('explain.severity.fixed', { stage, severity: code ? table[code].severity : 'error' }) };
  const id = code ?? rule.id;
  const now = code ? table[code].severity : 'error';
  return {
    configurable: true,
    severityText: say('explain.severity.rule', { rule: rule.id }),
    severityExample: `rules:\n  ${id}: ${now === 'error' ? 'warning' : 'off'}\n`,
  };
}

/**
 * Paints for the terminal: bold headings, dim sources, code in colour
 * (`tint`: a code or a block that stands alone, in colour or as it is).
 * Without colour, a code span is set in the language's quotes instead, so
 * that its boundary stays where it touches a hyphen or a full stop
 * («---»-blokk, not ----blokk).
 */
function paints(color: boolean) {
  const sgr = (on: number, off: number) => (s: string) => (color ? `\u001b[${on}m${s}\u001b[${off}m` : s);
  return { bold: sgr(1, 22), dim: sgr(2, 22), code: color ? sgr(36, 39) : quoted, tint: sgr(36, 39), ok: sgr(32, 39), bad: sgr(31, 39) };
}

/** A code span in plain text: in the quotes of the language spoken. */
const quoted = (s: string) => say('quoted', { text: s });

/** The width to wrap to: the terminal's, at most 100 columns; 80 where there is no terminal. */
const widthOf = (io: Io) => Math.max(40, Math.min(100, io.columns ?? 80));

/**
 * The words of `text` for wrapping: runs of non-space characters, a code
 * span (`…`, which may hold spaces) kept whole inside its word; a backtick
 * with no partner is a character like any other.
 */
const WORDS = /(?:`[^`]*`|`(?![^`]*`)|[^\s`])+/g;
/** Colour escapes take no columns. */
const visibleLength = (s: string) => s.replace(/\u001b\[\d+m/g, '').length;

/**
 * `text` as lines of at most `width` columns, each starting with `indent`
 * (the first with `first` when given), `code` spans shown by `paint`
 * without their backticks (in colour on a terminal, else in quotes).
 * Words are never broken, nor is a code span.
 */
export function wrap(text: string, width: number, indent: string, paint: (s: string) => string = quoted, first = indent): string {
  const lines: string[] = [];
  let line = first;
  let visible = visibleLength(first);
  let start = true;
  for (const word of text.match(WORDS) ?? []) {
    const shown = word.replace(/`([^`]*)`/g, (_, inner: string) => paint(inner));
    const length = visibleLength(shown);
    if (length === 0) continue;
    if (!start && visible + 1 + length > width) {
      lines.push(line);
      line = indent;
      visible = indent.length;
      start = true;
    }
    line += (start ? '' : ' ') + shown;
    visible += (start ? 0 : 1) + length;
    start = false;
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

function explanationText(e: Explanation, io: Io): string {
  const p = paints(io.color);
  const width = widthOf(io);
  const out: string[] = [];
  if (e.code) {
    out.push(wrap(`${e.summary}`, width, '  ', p.code, `${p.bold(e.code)}: `));
    const meta = e.rule
      ? say('explain.meta.rule', { rule: e.rule, severity: e.severity! })
      : say('explain.meta.stage', { stage: e.stage, about: say(`stage.${e.stage}`), severity: e.severity! });
    out.push(wrap(meta, width, '  ', p.code, '  '));
  } else {
    out.push(wrap(say('explain.rule.codes', { rule: e.rule! }), width, '', p.code));
    const column = Math.max(...e.codes.map((c) => c.code.length)) + 4;
    for (const c of e.codes) out.push(wrap(`${c.summary} (${c.severity})`, width, ' '.repeat(column), p.code, `  ${p.bold(c.code)}${' '.repeat(column - 2 - c.code.length)}`));
  }
  out.push('\n', wrap(e.explanation, width, '  ', p.code));
  if (e.examples.length) out.push('\n', `${p.bold(say('docs.examples'))}\n`, ...e.examples.map((x) => exampleText(x, width, io)));
  out.push('\n', `${p.bold(say('explain.severity.heading'))}\n\n`, wrap(e.severityText, width, '  ', p.code));
  if (e.severityExample) out.push(indented(e.severityExample, '    ', p.tint));
  out.push('\n', wrap(say('explain.more', { link: e.docs }), width, '', p.code));
  return out.join('');
}

function exampleText(x: ExampleOut, width: number, io: Io): string {
  const p = paints(io.color);
  const title = say(x.kind === 'ok' ? 'docs.example.ok' : 'docs.example.notOk', { title: x.title });
  const head = wrap([title, ...x.setting].join(' '), width, '    ', p.code, '  ');
  const parts = ['\n', x.kind === 'ok' ? p.ok(head) : p.bad(head), '\n', indented(x.source, '    ', p.dim)];
  if (x.kind === 'not-ok') {
    parts.push('\n', wrap(say(x.reports.length ? 'explain.reports' : 'explain.reports.none'), width, '    ', p.code, '    '));
    for (const r of x.reports) parts.push(wrap(`${r.line}:${r.column} ${p.tint(r.code)} ${r.message}`, width, '        ', (s) => s, '    '));
  }
  return parts.join('');
}

/** A block (a source, a YAML snippet) as it is written, each line indented: never wrapped, so it can be copied. */
const indented = (text: string, indent: string, paint: (s: string) => string) =>
  `${text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? indent + paint(l) : ''))
    .join('\n')}\n`;

/** Every code with its one-line summary, stage by stage (a rule's codes under its id). */
function listing(format: Format, io: Io): string {
  const all = (Object.keys(codes) as Code[]).map((code) => ({ code, stage: table[code].stage, rule: table[code].rule, severity: table[code].severity, summary: summaryOf(code) }));
  if (format === 'json') return `${JSON.stringify(all, null, 2)}\n`;
  const p = paints(io.color);
  const width = widthOf(io);
  const column = Math.max(...all.map((c) => c.code.length)) + 6;
  const out = [wrap(say('explain.list.head'), width, '', p.code)];
  for (const stage of stages) {
    const here = all.filter((c) => c.stage === stage);
    if (!here.length) continue;
    out.push('\n', wrap(say(`stage.${stage}`), width, '  ', p.code, `${p.bold(stage)}: `));
    const line = (c: (typeof all)[number], lead: string) => wrap(c.summary, width, ' '.repeat(column), p.code, `${lead}${' '.repeat(Math.max(2, column - lead.length))}`);
    const rules = [...new Set(here.map((c) => c.rule))];
    for (const rule of rules) {
      if (rule) out.push(`  ${p.bold(say('explain.list.rule', { rule }))}\n`);
      for (const c of here.filter((x) => x.rule === rule)) out.push(line(c, `${rule ? '    ' : '  '}${c.code}`));
    }
  }
  return out.join('');
}
