/** The exit code a run of findings gives: 2 when the machine stopped the command, 1 for the sources, else 0. */
import { isEnvironmental } from '../base/diagnostics/codes.js';
import { countBySeverity, type Diagnostic } from '../base/diagnostics/diagnostic.js';
import { say } from '../base/messages/index.js';
import type { Io } from './command-io.js';

/** 2 when the machine stopped the command (an unreadable file, no browser, a folder that cannot be written), 1 for errors in the sources or too many warnings, else 0. */
export function exitCode(diagnostics: readonly Diagnostic[], tooMany: boolean): number {
  if (diagnostics.some((d) => d.severity === 'error' && isEnvironmental(d.code))) return 2;
  return countBySeverity(diagnostics).errors || tooMany ? 1 : 0;
}

/** A signal as the person at the terminal gave it: Ctrl-C for SIGINT (a secretary presses keys, she does not send signals), else its name. */
export function signalName(signal: NodeJS.Signals): string {
  return signal === 'SIGINT' ? 'Ctrl-C' : signal;
}

/** More warnings than --max-warnings (or the config's `max-warnings`)? Says so on stderr. */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined, io: Io): boolean {
  const { warnings } = countBySeverity([...diagnostics]);
  if (maxWarnings === undefined || warnings <= maxWarnings) return false;
  io.stderr(`agenda: ${say('cli.tooManyWarnings', { warnings, max: maxWarnings })}\n`);
  return true;
}
