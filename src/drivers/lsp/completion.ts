/**
 * Completion in the front matter: the keys each level allows, the values of
 * enumerations (languages, kinds, deadline kinds, severities), the
 * templates there are, the audience ids declared (inside `for:`), and the
 * rule ids under `rules:`.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { FrontMatter } from '../../model/schema.js';
import { fieldDoc } from '../../model/field-docs.js';
import { ruleIds } from '../../base/diagnostics/codes.js';
import { allowedAt } from '../../model/schema-at.js';
import { cursorAt, keysUnder, type Path } from './yaml-cursor.js';

export interface CompletionSources {
  /** The template names the project has (built-in and its own). */
  templates: readonly string[];
}

export function complete(text: string, position: Position, sources: CompletionSources): CompletionItem[] {
  const cursor = cursorAt(text, position);
  if (!cursor) return [];
  const edit = (label: string, insert: string) => ({
    range: { start: { line: position.line, character: cursor.start }, end: { line: position.line, character: Math.max(cursor.end, position.character) } },
    newText: insert,
  });
  if (cursor.mode === 'key') {
    if (cursor.path.length === 1 && cursor.path[0] === 'rules') {
      return ruleIds().map((id) => ({ label: id, kind: CompletionItemKind.Property, textEdit: edit(id, `${id}: `) }));
    }
    const allowed = allowedAt(FrontMatter, cursor.path);
    if (allowed.keys.length) {
      const written = new Set(cursor.siblings);
      return allowed.keys
        .filter((key) => !written.has(key))
        .map((key) => {
          const doc = fieldDoc([...cursor.path, key]);
          return {
            label: key,
            kind: CompletionItemKind.Property,
            detail: doc?.description,
            documentation: doc && { kind: MarkupKind.Markdown, value: doc.description },
            textEdit: edit(key, `${key}: `),
          };
        });
    }
    return values(cursor.path, text, sources).map((v) => ({ label: v, kind: CompletionItemKind.Value, textEdit: edit(v, v) }));
  }
  const path: Path = [...cursor.path, cursor.key ?? ''];
  return values(path, text, sources).map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, textEdit: edit(v, v) }));
}

function values(path: Path, text: string, sources: CompletionSources): string[] {
  const named = path.filter((s): s is string => typeof s === 'string');
  const key = named[named.length - 1];
  if (key === 'for' && path.includes('programme')) return keysUnder(text, 'audiences');
  if (key === 'template' && path.length === 1) return [...sources.templates];
  return allowedAt(FrontMatter, path).values;
}
