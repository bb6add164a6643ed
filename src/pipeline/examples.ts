/**
 * A rule's example checked as the test suite checks it: the whole source
 * through parse and check, with the example's `today` and the images it
 * says lie beside it (any other image is looked for, and not found, beside
 * the working folder). docs/rules.md, docs/<language>/rules.md and
 * `agenda explain` print what this finds, in the language spoken.
 */
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import type { Language } from '../base/i18n/index.js';
import { type Example, sourceOf } from '../check/rule.js';
import { parseIsoDate } from '../model/values.js';
import { probeImage } from '../render/image-check.js';
import { checkSource } from './compile.js';

/** `example` checked in its source in `language` (the `nb` one unless told). */
export function checkExample(example: Example, language: Language = 'nb'): Diagnostic[] {
  const parsed = example.today ? parseIsoDate(example.today) : undefined;
  const today = parsed?.ok && parsed.value.year !== undefined ? { year: parsed.value.year, month: parsed.value.month, day: parsed.value.day } : undefined;
  const images = example.images ?? {};
  const probe = (path: string, base: string) => (Object.hasOwn(images, path) ? { bytes: images[path] } : probeImage(path, base, process.cwd(), 'image'));
  return checkSource(sourceOf(example, language), 'example.md', { today, probeImage: probe }).diagnostics;
}

/** An example's findings under `codes` in its source in `language`: what the pages and `agenda explain` show. */
export function exampleFindings(example: Example, codes: ReadonlySet<string>, language: Language = 'nb'): { line?: number; column?: number; code: string; message: string }[] {
  return checkExample(example, language)
    .filter((d) => codes.has(d.code))
    .map((d) => ({ line: d.span?.start.line, column: d.span?.start.column, code: d.code, message: d.message }));
}

/** The same, one line each, as `line:column code message`. */
export function exampleReports(example: Example, codes: ReadonlySet<string>, language: Language = 'nb'): string[] {
  return exampleFindings(example, codes, language).map((r) => `${r.line}:${r.column} ${r.code} ${r.message}`);
}
