/**
 * Source bytes → text, as strict UTF-8. A file saved as Latin-1 or
 * Windows-1252 would otherwise decode with U+FFFD in place of its accented
 * letters, pass `check` and print garbled; instead it gets one diagnostic
 * at the first byte that is not UTF-8. A UTF-8 byte order mark is allowed
 * (and dropped); a UTF-16 file is named as such.
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { lineStartsOf } from '../base/lines.js';
import { quote, say } from '../base/messages/index.js';

export type Decoded = { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  const encoding = wideEncoding(bytes);
  if (encoding) {
    const at = { line: 1, column: 1, offset: 0 };
    return {
      diagnostic: {
        file,
        code: 'encoding-invalid',
        severity: 'error',
        span: { start: at, end: { line: 1, column: 2, offset: 1 } },
        message: say('encoding-invalid.wide', { encoding }),
        hint: say('encoding-invalid.hint'),
      },
    };
  }
  // Checked in one native pass, then decoded without a TextDecoder per file; the byte order mark goes, as TextDecoder drops it.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const found = firstInvalidByte(bytes);
  const bad = found < 0 ? 0 : found;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(bom, bad));
  const starts = lineStartsOf(prefix);
  const lineStart = starts[starts.length - 1];
  const line = starts.length;
  const column = prefix.length - lineStart + 1;
  const offset = prefix.length;
  const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
  const context = contextAround(bytes, bad, prefix.slice(lineStart));
  return {
    diagnostic: {
      file,
      code: 'encoding-invalid',
      severity: 'error',
      span: { start: { line, column, offset }, end: { line, column: column + 1, offset: offset + 1 } },
      message: say('encoding-invalid.message', { hex, line, column, context: quote(context) }),
      hint: say('encoding-invalid.hint'),
    },
  };
}

/**
 * UTF-16 or UTF-32, by the byte order mark or, without one (Notepad and
 * PowerShell save "Unicode" so), by where the zero bytes fall: every
 * other byte of mostly Latin text in UTF-16, three in four in UTF-32.
 * Such a file is valid UTF-8 (zero bytes and ASCII), so it would
 * otherwise be read as a file without front matter.
 */
function wideEncoding(b: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) return 'UTF-32';
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'UTF-16';
  const length = Math.min(b.length, 1024) & ~3;
  if (length < 8) return undefined;
  // Share of zero bytes at each position modulo 4.
  const zero = [0, 0, 0, 0];
  for (let i = 0; i < length; i++) if (b[i] === 0) zero[i & 3] += 4 / length;
  const [z0, z1, z2, z3] = zero;
  if ((z0 < 0.1 && z2 > 0.9 && z3 > 0.9) || (z0 > 0.9 && z1 > 0.9 && z3 < 0.1)) return 'UTF-32';
  const even = (z0 + z2) / 2;
  const odd = (z1 + z3) / 2;
  if ((even < 0.1 && odd > 0.4) || (odd < 0.1 && even > 0.4)) return 'UTF-16';
  return undefined;
}

/**
 * The line around the bad byte: up to 20 characters of text before it, the
 * byte as Windows-1252 reads it (the likely encoding, so the user sees the
 * letter they typed), and up to 20 characters after, read the same way.
 */
function contextAround(bytes: Uint8Array, bad: number, lineBefore: string): string {
  const before = [...lineBefore].slice(-20).join('');
  let end = bad;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d && end - bad < 40) end++;
  const rest = decodeLoose(bytes.subarray(bad, end));
  const after = [...rest].slice(0, 21).join('');
  return (before + after).replace(/[\u0000-\u001f\u007f-\u009f"\\]/g, (c) =>
    c === '"' || c === '\\' ? `\\${c}` : `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** UTF-8 where it is valid, else Windows-1252 byte by byte. */
function decodeLoose(bytes: Uint8Array): string {
  const cp1252 = new TextDecoder('windows-1252');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      out += new TextDecoder('utf-8').decode(bytes.subarray(i, i + n));
      i += n;
    } else {
      out += cp1252.decode(bytes.subarray(i, i + 1));
      i++;
    }
  }
  return out;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence; -1 when all are valid. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Length of the valid UTF-8 sequence at i (1-4), or 0 when the byte at i starts none (WHATWG's rules). */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + n > b.length) return 0;
  if (b[i + 1] < lo || b[i + 1] > hi) return 0;
  for (let k = 2; k < n; k++) if (b[i + k] < 0x80 || b[i + k] > 0xbf) return 0;
  return n;
}
