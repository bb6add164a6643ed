/**
 * The pipeline in one screen: source text → parse → Gathering → validate →
 * diagnostics (→ render, in build). Stages never print and never exit.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { compareDiagnostics } from './diagnostics/diagnostic.js';
import type { Gathering } from './model/gathering.js';
import { UnreadableFile } from './errors.js';
import { decodeSource, type Decoded } from './source/decode.js';
import { parseSource } from './source/parse.js';
import { validate, type ValidateOptions } from './validate/validate.js';

export interface SourceResult {
  file: string;
  /** Present when the source parsed; it may still have validation errors. */
  gathering?: Gathering;
  diagnostics: Diagnostic[];
  /**
   * The source text as decoded (strict UTF-8, byte order mark dropped), set
   * by checkFiles when the file is UTF-8; build should render from this
   * rather than read the file again.
   */
  text?: string;
}

export function checkSource(text: string, file: string, options: ValidateOptions = {}): SourceResult {
  const parsed = parseSource(text, file);
  if (!parsed.gathering) return { file, diagnostics: parsed.diagnostics.sort(compareDiagnostics) };
  const diagnostics = [...parsed.diagnostics, ...validate(parsed.gathering, { ...options, source: text })].sort(compareDiagnostics);
  return { file, gathering: parsed.gathering, diagnostics };
}

/**
 * Reads and checks files, results in the given order, each with its
 * gathering and text for rendering (build). A file that is not UTF-8 gets
 * one `encoding-invalid` diagnostic and is not parsed. The reads are
 * synchronous: sources are small, and a synchronous read costs a fifth of
 * the CPU of fs/promises' open-stat-read-close round trips.
 */
export async function checkFiles(files: readonly string[], options: ValidateOptions = {}): Promise<SourceResult[]> {
  return files.map((file) => {
    const decoded = readSource(file);
    if (decoded.diagnostic) return { file, diagnostics: [decoded.diagnostic] };
    return { ...checkSource(decoded.text, file, options), text: decoded.text };
  });
}

/**
 * What `agenda check` needs of each file: its diagnostics, in the given
 * order. Nothing else of a file outlives its check, so a thousand files
 * cost the memory of one, and the garbage collector has nothing to move
 * (keeping every gathering, as checkFiles does, made checking 4–7 % slower).
 */
export async function diagnoseFiles(files: readonly string[], options: ValidateOptions = {}): Promise<Diagnostic[][]> {
  return files.map((file) => {
    const decoded = readSource(file);
    return decoded.diagnostic ? [decoded.diagnostic] : checkSource(decoded.text, file, options).diagnostics;
  });
}

function readSource(file: string): Decoded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UnreadableFile(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return decodeSource(bytes, file);
}
