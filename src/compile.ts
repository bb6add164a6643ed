/**
 * The pipeline in one screen: source text → parse → Gathering → validate →
 * diagnostics (→ render, in build). Stages never print and never exit.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { compareDiagnostics } from './diagnostics/diagnostic.js';
import type { Gathering } from './model/gathering.js';
import { UnreadableFile } from './errors.js';
import { parseSource } from './source/parse.js';
import { validate, type ValidateOptions } from './validate/validate.js';

export interface SourceResult {
  file: string;
  /** Present when the source parsed; it may still have validation errors. */
  gathering?: Gathering;
  diagnostics: Diagnostic[];
}

export function checkSource(text: string, file: string, options: ValidateOptions = {}): SourceResult {
  const parsed = parseSource(text, file);
  if (!parsed.gathering) return { file, diagnostics: parsed.diagnostics.sort(compareDiagnostics) };
  const diagnostics = [...parsed.diagnostics, ...validate(parsed.gathering, { ...options, source: text })].sort(compareDiagnostics);
  return { file, gathering: parsed.gathering, diagnostics };
}

export { UnreadableFile } from './errors.js';

/** Reads and checks files, a few reads in flight at a time, results in the given order. */
export async function checkFiles(files: readonly string[], options: ValidateOptions = {}): Promise<SourceResult[]> {
  const results: SourceResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      let text: string;
      try {
        text = await readFile(files[i], 'utf8');
      } catch (e) {
        throw new UnreadableFile(`cannot read ${files[i]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
      results[i] = checkSource(text, files[i], options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return results;
}
