/**
 * Errors the command line reports as "agenda: <message>" with exit code 2:
 * the user's input cannot be worked on (bad usage, an unreadable file).
 * In a module of their own, with no imports, so the command line can tell
 * them apart without loading the parser.
 */
export class UsageError extends Error {}

export class UnreadableFile extends Error {}

/**
 * The machine refused what the command needed (a full disk, a read-only
 * folder, a file where a folder should be): its diagnostics name the path
 * and the cause; the command line prints them and exits with 2.
 */
export class EnvironmentError extends Error {
  readonly diagnostics: readonly import('./diagnostics/diagnostic.js').Diagnostic[];
  constructor(diagnostics: readonly import('./diagnostics/diagnostic.js').Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.diagnostics = diagnostics;
  }
}
