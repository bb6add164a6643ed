/**
 * The last line of defence between one file and the rest: a fault in the
 * tool while checking one source (or the config) becomes that file's
 * diagnostic, and the other files are still checked. Every input known to
 * cause a fault is refused with a diagnostic of its own before this.
 */
import type { Diagnostic } from './diagnostic.js';
import { say } from '../messages/index.js';

export function contained<T>(file: string, work: () => T, failed: (diagnostic: Diagnostic) => T): T {
  try {
    return work();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed({
      file,
      code: 'check-failed',
      severity: 'error',
      span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      message: say('check-failed.message', { reason: reason.slice(0, 200) }),
      hint: say('check-failed.hint'),
    });
  }
}
