/**
 * A project's templates, checked before anything is rendered: every
 * template and partial must be readable text that Handlebars can compile,
 * or `check` reports it at the template's line, so that a build never
 * stops on a template the check passed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hbsFiles } from '../source/template-names.js';

export function checkTemplates(dir: string | undefined): Diagnostic[] {
  if (!dir) return [];
  const out: Diagnostic[] = [];
  for (const folder of [dir, join(dir, 'partials'), join(dir, 'site')]) {
    for (const file of hbsFiles(folder).values()) {
      const problem = compileProblem(file);
      if (problem) out.push(problem);
    }
  }
  return out;
}

function compileProblem(file: string): Diagnostic | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { code: 'template-invalid', severity: 'error', file, message: `The template cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  try {
    Handlebars.parse(text);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    const first = message.split('\n')[0].replace(/:$/, '');
    const point = { line, column: 1, offset: offsetOfLine(text, line) };
    return { code: 'template-invalid', severity: 'error', file, span: { start: point, end: point }, message: `The template does not compile: ${first}`, hint: message.split('\n').slice(1).pop()?.trim() || undefined };
  }
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset;
}
