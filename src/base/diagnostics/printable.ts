/**
 * Text from a source (a title quoted in a message, a key, a file name) made
 * safe to print: a terminal must not obey it (ESC sequences retitle and
 * clear it, BEL rings), a CI log must not read a line of it as a command
 * (GitHub runs "::error …" and "::add-mask::" at the start of any line),
 * and a reader must see what is there (bidi overrides reorder what follows
 * them, a zero-width space hides inside a word: ../hidden.ts). Every such
 * character is shown as an escape, and a long text is cut: a 1 MB title is
 * one line, not a megabyte of log.
 */
import { revealHidden } from '../hidden.js';

/** Characters kept at most per printed text. */
export const PRINT_LIMIT = 500;

/** C0 controls but tab, DEL, C1 controls, the line and paragraph separators (the hidden characters are revealHidden's). */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function visible(c: string): string {
  return NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`;
}

export function printable(text: string, limit = PRINT_LIMIT): string {
  let s = text;
  if (s.length > limit) {
    // Cut before a lone high surrogate, so that no half character is printed.
    let cut = limit;
    if (/[\ud800-\udbff]/.test(s.charAt(cut - 1))) cut--;
    s = `${s.slice(0, cut)}… (${text.length - cut} more characters)`;
  }
  return revealHidden(s.replace(UNSAFE, visible));
}
