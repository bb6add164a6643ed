/**
 * RFC 5545 content lines (§3.1): escaping of TEXT values and parameter
 * values, and folding at 75 octets of UTF-8.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Characters a content line must not hold: controls other than tab (§3.1,
 * `CONTROL`), and lone UTF-16 surrogates, which are not UTF-8 at all.
 */
const FORBIDDEN = /[\x00-\x08\x0a-\x1f\x7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops what no content line may hold; a lone surrogate becomes U+FFFD, as UTF-8 encoders do. */
function clean(value: string): string {
  return value.replace(FORBIDDEN, (c) => (c.length === 1 && c >= '\ud800' ? '\ufffd' : ''));
}

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line
 * break (CRLF, CR or LF) written `\n`, other control characters dropped.
 */
export function escapeText(value: string): string {
  return clean(value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n'));
}

/** A value that is not TEXT (a URI, an address): only cleaned, never escaped. */
export function plainValue(value: string): string {
  return clean(value);
}

/**
 * A parameter value (§3.2): `"`, `^` and line breaks as RFC 6868 writes them
 * (`^'`, `^^`, `^n`), and the whole in double quotes when it holds `:`, `;`
 * or `,`.
 */
export function paramValue(value: string): string {
  const encoded = clean(value.replace(/\r\n|\r|\n|\^|"/g, (c) => (c === '^' ? '^^' : c === '"' ? "^'" : '^n')));
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one unfolded content line into physical lines of at most 75 octets,
 * breaking only between code points; each continuation begins with one
 * space, which counts towards its 75.
 */
export function fold(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const n = utf8Length(char.codePointAt(0)!);
    if (octets + n > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += n;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Folds every content line and ends each with CRLF. */
export function joinLines(lines: string[]): string {
  return lines.map((line) => fold(line) + CRLF).join('');
}
