/**
 * Between the tool's places (1-based line and column, in UTF-16 code units
 * as JavaScript counts them) and the protocol's (0-based line and
 * character, UTF-16 by default), and between file paths and URIs.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver';
import type { Span } from '../../base/diagnostics/diagnostic.js';

export function rangeOf(span: Span | undefined): Range {
  if (!span) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    start: { line: span.start.line - 1, character: span.start.column - 1 },
    end: { line: span.end.line - 1, character: span.end.column - 1 },
  };
}

/** The path of a file: URI; other schemes (an unsaved buffer) get their URI as the name. */
export function pathOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export function uriOf(path: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? path : pathToFileURL(path).href;
}
