/**
 * Hover in the front matter: on a key, what the field means and an example
 * (field-docs.ts, as the JSON Schema has them); on a date, its weekday and
 * month written out in the gathering's language.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { stringify } from 'yaml';
import { catalogue, formatDate, languages, type Language } from '../../base/i18n/index.js';
import { fieldDoc } from '../../model/field-docs.js';
import { say } from '../../base/messages/index.js';
import { parseDate } from '../../model/values.js';
import { rules } from '../../check/rules/index.js';
import { summaryOf } from '../../base/diagnostics/codes.js';
import { cursorAt, topValue } from './yaml-cursor.js';

export function hover(text: string, position: Position): Hover | undefined {
  const cursor = cursorAt(text, position);
  if (!cursor || cursor.blank || cursor.key === undefined) return undefined;
  const range = { start: { line: position.line, character: cursor.start }, end: { line: position.line, character: cursor.end } };
  const { key } = cursor;
  if (cursor.mode === 'key') {
    const rule = cursor.path.length === 1 && cursor.path[0] === 'rules' ? ruleDoc(key) : undefined;
    if (rule) return { contents: { kind: MarkupKind.Markdown, value: rule }, range };
    const doc = fieldDoc([...cursor.path, key]);
    if (!doc) return undefined;
    const example = stringify({ [key]: doc.example }, { lineWidth: 0 }).trimEnd();
    return { contents: { kind: MarkupKind.Markdown, value: `**${key}**: ${doc.description}\n\n\`\`\`yaml\n${example}\n\`\`\`` }, range };
  }
  if (!/date$/.test(key) || !cursor.value) return undefined;
  const date = parseDate(cursor.value);
  if (!date.ok) return undefined;
  const year = date.value.year ?? gatheringYear(text);
  if (year === undefined) return undefined;
  const writtenIn = topValue(text, 'language');
  const language = languages.includes(writtenIn as Language) ? writtenIn! : 'nb';
  const written = formatDate({ year, month: date.value.month, day: date.value.day }, catalogue(language));
  return { contents: { kind: MarkupKind.PlainText, value: written }, range };
}

function gatheringYear(text: string): number | undefined {
  const m = /^(\d{4})-/.exec(topValue(text, 'date') ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A rule id under `rules:`: what the code (or each code of the module) catches, and its default severity. */
function ruleDoc(id: string): string | undefined {
  for (const rule of rules) {
    const code = rule.codes.find((c) => c.id === id);
    if (code) return say('lsp.hover.code', { id, severity: code.severity, summary: summaryOf(code.id) });
    if (rule.id === id) return `${say('lsp.hover.module', { id })}\n\n${rule.codes.map((c) => `- \`${c.id}\` (${c.severity}): ${summaryOf(c.id)}`).join('\n')}`;
  }
  return undefined;
}
