/**
 * Errors the command line reports as "agenda: <message>" with exit code 2:
 * the user's input cannot be worked on (bad usage, an unreadable file).
 * In a module of their own, with no imports, so the command line can tell
 * them apart without loading the parser.
 */
export class UsageError extends Error {}

export class UnreadableFile extends Error {}
