/**
 * docs/rules.md (English) and docs/<language>/rules.md, written from the
 * rule modules and the message catalogue: each rule's id, its codes
 * (default severity, summary), its explanation and its ok / not-ok
 * examples, each in the page's language, which the test suite also runs; then the codes beyond the
 * rules, stage by stage. A page's opening prose is the page's own (above
 * its marker); everything below the marker is this output, and a test
 * keeps each page equal to it (UPDATE=1 rewrites them), so no page can
 * drift from the code or from another language.
 */
import { cell, codesTable } from '../base/diagnostics/codes-doc.js';
import { summaryOf, stages, type Stage } from '../base/diagnostics/codes.js';
import type { Language } from '../base/i18n/index.js';
import { sayIn } from '../base/messages/index.js';
import { type Example, explanationOf, type Rule, sourceOf, titleOf } from './rule.js';
import { rules as allRules } from './rules/index.js';

/** An example's findings of `codes` in its source in `language`, as `line:column code message` in the language spoken (src/pipeline/examples.ts). */
export type ReportsOf = (example: Example, codes: ReadonlySet<string>, language: Language) => string[];

/** The line a page's generated part starts below. */
export const RULES_MARKER = '<!-- generated below from src/check/rules and the message catalogue (src/check/rules-doc.ts): do not edit -->';

function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function block(text: string, lang = ''): string {
  const fence = fenceFor(text);
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}\n`;
}

/** What the example's title adds: the day it is checked as today, the images beside it. */
export function exampleSetting(e: Example, language: Language): string[] {
  const images = Object.entries(e.images ?? {}).map(([name, bytes]) => sayIn(language, 'docs.example.image', { name, mb: bytes / 1024 / 1024 }));
  return [
    ...(e.today ? [sayIn(language, 'docs.example.today', { today: e.today })] : []),
    ...(images.length ? [sayIn(language, 'docs.example.beside', { images: images.join(', ') })] : []),
  ];
}

function example(e: Example, kind: 'ok' | 'notOk', codes: ReadonlySet<string>, language: Language, reportsOf: ReportsOf): string {
  const title = sayIn(language, kind === 'ok' ? 'docs.example.ok' : 'docs.example.notOk', { title: titleOf(e, language) });
  const parts = [`#### ${[title, ...exampleSetting(e, language)].join(' ')}\n\n`, block(sourceOf(e, language), 'markdown')];
  if (kind === 'notOk') {
    const lines = reportsOf(e, codes, language);
    parts.push(lines.length ? `\n${sayIn(language, 'docs.reports')}\n\n${block(lines.join('\n'), 'text')}` : `\n${sayIn(language, 'docs.reports.none')}\n`);
  }
  return parts.join('');
}

function rule(r: Rule, language: Language, reportsOf: ReportsOf): string {
  const codes = new Set<string>(r.codes.map((c) => c.id));
  const head = `| ${sayIn(language, 'docs.col.code')} | ${sayIn(language, 'docs.col.default')} | ${sayIn(language, 'docs.col.catches')} |`;
  const table = [head, '|---|---|---|', ...r.codes.map((c) => `| \`${c.id}\` | ${c.severity} | ${cell(summaryOf(c.id, language))} |`)].join('\n');
  return [
    `## ${r.id}\n`,
    `${explanationOf(r, language)}\n`,
    `${table}\n`,
    `### ${sayIn(language, 'docs.examples')}\n`,
    ...r.ok.map((e) => example(e, 'ok', codes, language, reportsOf)),
    ...r.notOk.map((e) => example(e, 'notOk', codes, language, reportsOf)),
  ].join('\n');
}

/** The stages beyond the rules, in the order a source meets them. */
const beyond: readonly Stage[] = stages.filter((s) => s !== 'check');

function beyondRules(language: Language): string {
  const rows = beyond.map((s) => `| ${s} | ${cell(sayIn(language, `stage.${s}` as 'stage.read'))} |`);
  const table = [`| ${sayIn(language, 'docs.col.stage')} | ${sayIn(language, 'docs.col.codes')} |`, '|---|---|', ...rows].join('\n');
  const sections = beyond.map((s) => `### ${s}\n\n${codesTable([s], language)}`);
  return [`## ${sayIn(language, 'docs.beyond.heading')}\n`, `${sayIn(language, 'docs.beyond.text')}\n`, `${table}\n`, ...sections].join('\n');
}

/**
 * The generated part of a rules page in `language`, which must be the
 * language spoken (useLanguage): the examples' findings are checked in it.
 */
export function rulesMarkdown(language: Language, reportsOf: ReportsOf, rules: readonly Rule[] = allRules): string {
  const head = `| ${sayIn(language, 'docs.col.rule')} | ${sayIn(language, 'docs.col.codes')} |`;
  const contents = [
    `## ${sayIn(language, 'docs.rules.heading')}\n`,
    head,
    '|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.codes.map((c) => `\`${c.id}\``).join(', ')} |`),
  ].join('\n');
  return [`${contents}\n`, ...rules.map((r) => rule(r, language, reportsOf)), beyondRules(language)].join('\n');
}

/** `page` with everything below its marker made anew; undefined when it has no marker. */
export function withRulesMarkdown(page: string, language: Language, reportsOf: ReportsOf): string | undefined {
  const at = page.indexOf(RULES_MARKER);
  if (at < 0) return undefined;
  return `${page.slice(0, at)}${RULES_MARKER}\n\n${rulesMarkdown(language, reportsOf)}`;
}
