/**
 * The catalogue as Markdown tables, for the pages that document the codes:
 * docs/format.md's codes that stop a file (between its `<!-- codes -->`
 * markers) and docs/rules.md's codes of the config, the project and the
 * build. Tests keep the pages equal to these (UPDATE=1 rewrites them).
 */
import { codes, type CodeInfo, type Stage } from './codes.js';

export function codesTable(stages: readonly Stage[]): string {
  const rows = Object.entries(codes as Record<string, CodeInfo>)
    .filter(([, info]) => stages.includes(info.stage))
    .map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.summary.replace(/\|/g, '\\|')} |`);
  return ['| code | severity | what is wrong |', '|---|---|---|', ...rows].join('\n') + '\n';
}

const START = '<!-- codes: generated from src/base/diagnostics/codes.ts -->';
const END = '<!-- /codes -->';

/** `page` with the table between its markers made anew; the page unchanged when it has none. */
export function withCodesTable(page: string, stages: readonly Stage[]): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) return page;
  return `${page.slice(0, start)}${START}\n\n${codesTable(stages)}\n${page.slice(end)}`;
}

export const markers = { START, END };
