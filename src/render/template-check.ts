/**
 * A project's templates, checked before anything is rendered: every
 * template and partial must be readable text that Handlebars can compile,
 * or `check` reports it at the template's line, so that a build never
 * stops on a template the check passed.
 */
import { existsSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { templateFolderFiles } from './template-names.js';
import { readTemplateFile } from './templates.js';

/**
 * Every file the renderer may read from `dir` must also resolve, links
 * followed, inside `roots` (see readTemplateFile): one that does not is
 * reported by name, and never read.
 */
export function checkTemplates(dir: string | undefined, roots: readonly string[] = dir ? [dir] : []): Diagnostic[] {
  if (!dir) return [];
  const out: Diagnostic[] = [];
  for (const file of templateFolderFiles(dir).values()) {
    if (!existsSync(file)) continue;
    const problem = compileProblem(file, roots);
    if (problem) out.push(problem);
  }
  return out;
}

function compileProblem(file: string, roots: readonly string[]): Diagnostic | undefined {
  let text: string;
  try {
    text = readTemplateFile(file, roots);
  } catch (e) {
    return { code: 'template-invalid', severity: 'error', file, message: (e as Error).message.replace(/^cannot read the template/, 'The template cannot be read:') };
  }
  if (file.endsWith('.css')) return undefined;
  try {
    Handlebars.parse(text);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    const first = message.split('\n')[0].replace(/:$/, '');
    const point = { line, column: 1, offset: offsetOfLine(text, line) };
    return {
      code: 'template-invalid',
      severity: 'error',
      file,
      span: { start: point, end: point },
      message: `The template does not compile: ${first}`,
      hint: message.split('\n').slice(1).pop()?.trim() || undefined,
    };
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
