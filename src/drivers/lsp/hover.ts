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
import { cursorAt, frontMatterRange, parseLine } from './yaml-cursor.js';

export function hover(text: string, position: Position): Hover | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const cursor = cursorAt(lines, position.line, position.character);
  const line = cursor?.line;
  if (!cursor || line?.key === undefined) return undefined;
  const at = (start: number, end: number) => ({ start: { line: position.line, character: start }, end: { line: position.line, character: end } });
  if (position.character <= line.keyEnd!) {
    const rule = cursor.path.length === 1 && cursor.path[0] === 'rules' ? ruleDoc(line.key) : undefined;
    if (rule) return { contents: { kind: MarkupKind.Markdown, value: rule }, range: at(line.contentCol, line.keyEnd!) };
    const doc = fieldDoc([...cursor.path, line.key]);
    if (!doc) return undefined;
    const example = stringify({ [line.key]: doc.example }, { lineWidth: 0 }).trimEnd();
    return {
      contents: { kind: MarkupKind.Markdown, value: `**${line.key}**: ${doc.description}\n\n\`\`\`yaml\n${example}\n\`\`\`` },
      range: at(line.contentCol, line.keyEnd!),
    };
  }
  if (!/date$/.test(line.key) || !line.value) return undefined;
  const value = line.value.replace(/^(["'])(.*)\1$/, '$2');
  const date = parseDate(value);
  if (!date.ok) return undefined;
  const year = date.value.year ?? gatheringYear(lines);
  if (year === undefined) return undefined;
  const writtenIn = topValue(lines, 'language');
  const language = languages.includes(writtenIn as Language) ? writtenIn! : 'nb';
  const written = formatDate({ year, month: date.value.month, day: date.value.day }, catalogue(language));
  return { contents: { kind: MarkupKind.PlainText, value: written }, range: at(line.valueCol!, line.valueCol! + line.value.length) };
}

/** A top-level key's value as written on its line. */
function topValue(lines: readonly string[], key: string): string | undefined {
  const range = frontMatterRange(lines);
  if (!range) return undefined;
  for (let i = range.first; i < range.end; i++) {
    const info = parseLine(lines[i]);
    if (info && info.indent === 0 && info.dashes.length === 0 && info.key === key) return info.value?.replace(/^(["'])(.*)\1$/, '$2');
  }
  return undefined;
}

function gatheringYear(lines: readonly string[]): number | undefined {
  const m = /^(\d{4})-/.exec(topValue(lines, 'date') ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A rule id under `rules:`: what the code (or each code of the module) catches, and its default severity. */
function ruleDoc(id: string): string | undefined {
  for (const rule of rules) {
    const code = rule.codes.find((c) => c.id === id);
    if (code) return say('lsp.hover.code', { id, severity: code.severity, summary: code.summary });
    if (rule.id === id) return `${say('lsp.hover.module', { id })}\n\n${rule.codes.map((c) => `- \`${c.id}\` (${c.severity}): ${c.summary}`).join('\n')}`;
  }
  return undefined;
}
