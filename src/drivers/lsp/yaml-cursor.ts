/**
 * Where in the front matter a position is: the keys and list items above
 * it, and whether a key or a value is being written there. Read from the
 * indentation, line by line, rather than from a YAML parse: while someone
 * types, the text around the cursor is seldom valid YAML.
 */

import { frontMatterOf } from '../../parse/source-text.js';

export type Path = (string | number)[];

/** One line of YAML, as far as structure goes. */
export interface LineInfo {
  indent: number;
  /** Columns of the list dashes ("- ") that open the line. */
  dashes: number[];
  /** Column where the key (or the bare item) starts. */
  contentCol: number;
  key?: string;
  /** Column after the key's last character (before the colon). */
  keyEnd?: number;
  /** Column where the value starts, and its text up to a comment (for a key with a value on its line). */
  valueCol?: number;
  value?: string;
}

export interface Cursor {
  /** The map (or list) the cursor's line writes in: keys, and 0 for a list item. */
  path: Path;
  /** The cursor's line, read whole. */
  line: LineInfo;
  /** Writing a key (or a bare list item), or the value of `line.key`. */
  mode: 'key' | 'value';
  /** The word under the cursor: where it starts and ends on the line, and its text before the cursor. */
  start: number;
  end: number;
  typed: string;
  /** Inside a flow list: `for: [owners, pr|`. */
  inFlow: boolean;
}

interface Level {
  col: number;
  seg: string | number;
  /** A key whose value starts on the next line. */
  open?: boolean;
  /** A key whose value is a block scalar (| or >): deeper lines are its text. */
  block?: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},:-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)/;

export function parseLine(text: string): LineInfo | undefined {
  if (/^\s*(?:#.*)?$/.test(text)) return undefined;
  const indent = /^ */.exec(text)![0].length;
  const dashes: number[] = [];
  let pos = indent;
  while (text[pos] === '-' && (pos + 1 === text.length || text[pos + 1] === ' ')) {
    dashes.push(pos);
    pos++;
    while (text[pos] === ' ') pos++;
  }
  const info: LineInfo = { indent, dashes, contentCol: pos };
  const m = KEY.exec(text.slice(pos));
  if (m) {
    const raw = m[1];
    info.key = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    info.keyEnd = pos + raw.length;
    const after = pos + m[0].length;
    const rest = text.slice(after);
    const lead = /^[ \t]*/.exec(rest)![0].length;
    info.valueCol = after + lead;
    info.value = rest
      .slice(lead)
      .replace(/(^|[ \t])#.*$/, '')
      .trimEnd();
  }
  return info;
}

/** The YAML lines of the front matter: from the line after the opening fence to the closing one (to the end while it is not closed). */
export function frontMatterRange(lines: readonly string[]): { first: number; end: number } | undefined {
  const text = lines.join('\n');
  const place = frontMatterOf(text);
  if (place === undefined) return undefined;
  if (place === 'unclosed') return { first: 1, end: lines.length };
  let end = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < place.closeStart; i = text.indexOf('\n', i + 1)) end++;
  return { first: 1, end };
}

class Structure {
  readonly stack: Level[] = [];

  /** A token at column `col` ends the levels at or right of it (a dash under an open key at the same column belongs to it). */
  close(col: number, dash: boolean): Map<number, number> {
    const indexes = new Map<number, number>();
    while (this.stack.length) {
      const top = this.stack[this.stack.length - 1];
      if (top.col < col) break;
      if (top.col === col && dash && typeof top.seg === 'string' && top.open) break;
      if (typeof top.seg === 'number') indexes.set(top.col, top.seg);
      this.stack.pop();
    }
    return indexes;
  }

  /** Inside a block scalar's text? */
  inText(col: number): boolean {
    const top = this.stack[this.stack.length - 1];
    return !!top?.block && col > top.col;
  }

  add(line: LineInfo): void {
    const indexes = this.close(line.indent, line.dashes.length > 0);
    for (const d of line.dashes) {
      const last = indexes.get(d);
      this.stack.push({ col: d, seg: last === undefined ? 0 : last + 1 });
      indexes.delete(d);
    }
    if (line.key !== undefined) {
      const value = line.value ?? '';
      this.stack.push({ col: line.contentCol, seg: line.key, open: value === '' || /^[|>]/.test(value), block: /^[|>]/.test(value) });
    }
  }

  get path(): Path {
    return this.stack.map((l) => (typeof l.seg === 'number' ? 0 : l.seg));
  }
}

/** The structure above a line: the levels open when it begins. */
function structureBefore(lines: readonly string[], first: number, lineIndex: number): Structure {
  const s = new Structure();
  for (let i = first; i < lineIndex; i++) {
    const info = parseLine(lines[i]);
    if (!info || s.inText(info.indent)) continue;
    s.add(info);
  }
  return s;
}

/** Where `character` on line `lineIndex` is, or undefined outside the front matter or inside a block of text. */
export function cursorAt(lines: readonly string[], lineIndex: number, character: number): Cursor | undefined {
  const range = frontMatterRange(lines);
  if (!range || lineIndex < range.first || lineIndex >= range.end) return undefined;
  const text = lines[lineIndex];
  const s = structureBefore(lines, range.first, lineIndex);
  const prefix = text.slice(0, character);
  const empty = /^\s*$/.test(text);
  const line = parseLine(empty ? ' '.repeat(character) + 'x' : text) ?? { indent: character, dashes: [], contentCol: character };
  if (s.inText(line.indent)) return undefined;
  const own = parseLine(prefix + 'x');
  const dashes = (own?.dashes ?? []).filter((d) => d < character);
  const indexes = s.close(own?.indent ?? character, dashes.length > 0);
  for (const d of dashes) s.stack.push({ col: d, seg: (indexes.get(d) ?? -1) + 1 });
  const contentCol = dashes.length ? (own?.contentCol ?? character) : empty ? character : line.contentCol;
  const wordEnd = (from: number, stop: RegExp) => from + (stop.exec(text.slice(from))?.[0].length ?? 0);
  if (line.key !== undefined && line.valueCol !== undefined && character >= line.valueCol) {
    const value = text.slice(line.valueCol, character);
    const flow = /^\[([^\]]*)$/.exec(value);
    const start = flow ? character - /[^,[\s]*$/.exec(value)![0].length : line.valueCol;
    return {
      path: s.path,
      line,
      mode: 'value',
      start,
      end: wordEnd(character, flow ? /^[^,\]\s#]*/ : /^[^#]*?(?=\s*(?:#|$))/),
      typed: text.slice(start, character),
      inFlow: !!flow,
    };
  }
  return { path: s.path, line, mode: 'key', start: contentCol, end: wordEnd(character, /^[^\s:#,]*/), typed: text.slice(contentCol, character), inFlow: false };
}

/** The keys written directly under a top-level key (`audiences:` → the audience ids). */
export function keysUnder(lines: readonly string[], top: string): string[] {
  const range = frontMatterRange(lines);
  if (!range) return [];
  const out: string[] = [];
  const s = new Structure();
  for (let i = range.first; i < range.end; i++) {
    const info = parseLine(lines[i]);
    if (!info || s.inText(info.indent)) continue;
    s.add(info);
    const path = s.path;
    if (path.length === 2 && path[0] === top && typeof path[1] === 'string' && info.dashes.length === 0) out.push(path[1]);
  }
  return out;
}

/** The keys already written in the map whose keys start at column `col`, around line `lineIndex` (not counting that line). */
export function siblingKeys(lines: readonly string[], lineIndex: number, col: number): string[] {
  const range = frontMatterRange(lines);
  if (!range) return [];
  const out: string[] = [];
  // A line that opens a list item opens the map too: nothing above is in it.
  const own = parseLine(`${lines[lineIndex]}x`);
  const opens = !!own?.dashes.length && own.contentCol === col;
  for (let i = opens ? range.first - 1 : lineIndex - 1; i >= range.first; i--) {
    const info = parseLine(lines[i]);
    if (!info || (info.indent > col && info.contentCol !== col)) continue;
    if (info.contentCol === col && info.key !== undefined) out.push(info.key);
    // The line that opens the list item, or one left of the map: the map starts here.
    if (info.indent < col) break;
  }
  for (let i = lineIndex + 1; i < range.end; i++) {
    const info = parseLine(lines[i]);
    if (!info || info.indent > col) continue;
    if (info.indent < col) break;
    if (!info.dashes.length && info.key !== undefined) out.push(info.key);
  }
  return out;
}
