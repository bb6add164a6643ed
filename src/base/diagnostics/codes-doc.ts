/**
 * The catalogue as Markdown tables, for the pages that document the codes:
 * docs/format.md's codes that stop a file (between its `<!-- codes -->`
 * markers), and the codes beyond the rules in docs/rules.md and
 * docs/<language>/rules.md, each in its language. Tests keep the pages equal
 * to these (UPDATE=1 rewrites them).
 */
import type { Language } from '../i18n/index.js';
import { sayIn } from '../messages/index.js';
import { type Code, codes, type CodeInfo, type Stage, stopsOf, summaryOf } from './codes.js';

/** A cell of a Markdown table: its bars escaped. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * The codes of `stages` with their severity and summary, in `language`
 * (loaded; English unless said); for the read and parse stages, also what
 * each stops (the file, its own value, nothing: stopsOf()).
 */
export function codesTable(stages: readonly Stage[], language: Language = 'en'): string {
  const reading = stages.includes('read') || stages.includes('parse');
  const stops = (code: string) => (reading ? ` ${sayIn(language, 'docs.stops', { stops: stopsOf(code as Code) })} |` : '');
  const rows = Object.entries(codes as Record<string, CodeInfo>)
    .filter(([, info]) => stages.includes(info.stage))
    .map(([code, info]) => `| \`${code}\` | ${info.severity} |${stops(code)} ${cell(summaryOf(code as Code, language))} |`);
  const head = `| ${sayIn(language, 'docs.col.code')} | ${sayIn(language, 'docs.col.severity')} |${reading ? ` ${sayIn(language, 'docs.col.stops')} |` : ''} ${sayIn(language, 'docs.col.wrong')} |`;
  return [head, reading ? '|---|---|---|---|' : '|---|---|---|', ...rows].join('\n') + '\n';
}

const START = '<!-- codes: generated from src/base/diagnostics/codes.ts -->';
const END = '<!-- /codes -->';

/** `page` with the table between its markers made anew; the page unchanged when it has none. */
export function withCodesTable(page: string, stages: readonly Stage[], language: Language = 'en'): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) return page;
  return `${page.slice(0, start)}${START}\n\n${codesTable(stages, language)}\n${page.slice(end)}`;
}

export const markers = { START, END };
