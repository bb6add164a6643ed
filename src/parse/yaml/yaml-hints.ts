/**
 * Where secretaries get stuck in YAML, said in their terms. A title with a
 * colon inside ("Tema: Fagfornyelsen"), or wrapped in Word's curly quotes,
 * makes YAML read a second key; the library's words for that ("nested
 * mappings are not allowed in compact mappings") do not say what to type.
 */

const CURLY = /[“”„‟«»]/;

/** The offending line written with its value in straight quotes, or undefined when the line is not a key with such a value. */
export function quoteHint(text: string, pos: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
  const end = text.indexOf('\n', pos);
  const line = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
  const m = /^\s*((?:-\s+)?[^\s:#"'][^:"']*?:)\s+(.+?)\s*$/.exec(line);
  if (!m) return undefined;
  const raw = m[2];
  if (!raw.includes(': ') && !CURLY.test(raw)) return undefined;
  const value = raw.replace(/^[“”„‟«»]\s*/, '').replace(/\s*[“”„‟«»]$/, '');
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  return `put the value in straight quotes: ${m[1]} ${quoted}`;
}

/** The text to quote for a value cut at " #": the part YAML kept, and the comment it took. */
export function uncutValue(kept: string, comment: string): string {
  return kept ? `${kept} #${comment}` : `#${comment}`;
}
