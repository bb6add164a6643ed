/**
 * The validator: every rule over one parsed gathering. Rules never throw
 * and never print; they return diagnostics with their default severity,
 * which the project config and the file's `rules:` may change or turn off.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Gathering } from '../model/gathering.js';
import type { FullDate } from '../model/gathering.js';

export interface ValidateOptions {
  /** "Today", for the gathering-in-the-past warning; from --today or SOURCE_DATE_EPOCH. */
  today?: Pick<FullDate, 'year' | 'month' | 'day'>;
  /** Severity per rule id from the project config; the file's own `rules:` win over these. */
  rules?: Record<string, 'error' | 'warning' | 'off'>;
}

export function validate(_gathering: Gathering, _options: ValidateOptions = {}): Diagnostic[] {
  return [];
}
