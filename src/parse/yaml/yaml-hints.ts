/**
 * Where secretaries get stuck in YAML, said in their terms. A title with a
 * colon inside ("Tema: Fagfornyelsen"), or wrapped in Word's curly quotes,
 * makes YAML read a second key; the library's words for that ("nested
 * mappings are not allowed in compact mappings") do not say what to type.
 */

const CURLY = /[“”„‟«»]/;

/** A line whose value needs quotes: its key, why, and the line as it should be written. */
export interface QuoteNeed {
  /** The key, as written ("title", "- title"). */
  key: string;
  /** A colon inside the value (after `word`), or curly quotes around it. */
  why: 'colon' | 'curly';
  /** The words before the value's first colon. */
  word: string;
  /** The line with its value in straight quotes, without the line's trailing comment. */
  line: string;
}

/** What the offending line needs, or undefined when the line is not a key with such a value. */
export function quoteNeed(text: string, pos: number): QuoteNeed | undefined {
  const lineStart = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
  const end = text.indexOf('\n', pos);
  const line = text.slice(lineStart, end < 0 ? text.length : end).replace(/\r$/, '');
  const m = /^\s*((?:-\s+)?[^\s:#"'][^:"']*?:)\s+(.+?)\s*$/.exec(line);
  if (!m) return undefined;
  // A trailing "# comment" (after a space) is the author's note, not part of the value.
  const raw = m[2].replace(/\s+#.*$/, '');
  const colon = raw.indexOf(': ');
  const curly = CURLY.test(raw);
  if (colon < 0 && !curly) return undefined;
  const value = raw.replace(/^[“”„‟«»]\s*/, '').replace(/\s*[“”„‟«»]$/, '');
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
  const key = m[1].slice(0, -1).replace(/^-\s+/, '');
  const word = value.slice(0, Math.max(0, value.indexOf(': '))).trim();
  return { key, why: curly ? 'curly' : 'colon', word, line: `${m[1]} ${quoted}` };
}

/** The text to quote for a value cut at " #": the part YAML kept, and the comment it took. */
export function uncutValue(kept: string, comment: string): string {
  return kept ? `${kept} #${comment}` : `#${comment}`;
}
