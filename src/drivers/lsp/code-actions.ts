/**
 * Quick fixes where the repair is known: the did-you-mean a diagnostic
 * carries as its fix (keys, language codes, audience ids, kinds, templates,
 * rule ids, the right weekday, the right year, a text without its hidden
 * characters), and quotes around a value
 * YAML would cut at a colon or at " #".
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import { say } from '../../base/messages/index.js';
import type { FindingData } from './diagnostics.js';
import { rangeOf } from './positions.js';
import { valueColumn } from './yaml-cursor.js';

export function codeActions(uri: string, text: string, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'agenda') continue;
    const fix = (d.data as FindingData | undefined)?.fix;
    if (fix) {
      out.push(action(fixTitle(d.code, fix.text), uri, rangeOf(fix.span), fix.text, d));
      continue;
    }
    if (d.code === 'yaml-syntax' || d.code === 'yaml-comment') {
      const quoted = quoteValue(lines[d.range.start.line] ?? '', d.range.start.line);
      if (quoted) out.push(action(say('lsp.fix.quote'), uri, quoted.range, quoted.text, d));
    }
  }
  return out;
}

/** What the fix says it does: a hidden-character fix rewrites a whole text, so it names what it takes out instead. */
function fixTitle(code: LspDiagnostic['code'], text: string): string {
  if (code === 'yaml-comment') return say('lsp.fix.quote');
  if (code === 'hidden-character') return say('lsp.fix.hidden');
  return say('lsp.fix.change', { text });
}

function action(title: string, uri: string, range: Range, newText: string, diagnostic: LspDiagnostic): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [{ range, newText }] } } };
}

/**
 * `title: Del 1: Innledning` is a map in a map to YAML, and `title: Samling
 * #2` a title and a comment: the value as written, in double quotes.
 */
export function quoteValue(line: string, lineIndex: number): { range: Range; text: string } | undefined {
  const valueCol = valueColumn(line);
  if (valueCol === undefined) return undefined;
  const written = line.slice(valueCol).trimEnd();
  if (!written || /^["'[{|>&*!%@`]/.test(written)) return undefined;
  if (!/:(?:\s|$)|\s#/.test(written)) return undefined;
  return {
    range: { start: { line: lineIndex, character: valueCol }, end: { line: lineIndex, character: valueCol + written.length } },
    text: JSON.stringify(written),
  };
}
