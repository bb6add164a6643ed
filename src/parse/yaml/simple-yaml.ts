/**
 * The YAML that front matter is nearly always written in, read directly:
 * block maps and lists, one-line plain and quoted values, `|` blocks, and
 * one-line `[…]` / `{…}`. The `yaml` package's document tree costs about a
 * millisecond per source, more than everything else `agenda check` does;
 * this reader gives the same data and the same node ranges in a tenth of
 * that, or `undefined` for anything it is not sure of (tabs, anchors,
 * tags, multi-line plain or quoted values, empty values, comments that
 * could attach to a node, keys YAML would not read as text …), and the
 * caller then takes the full road. test/parse/simple-yaml.test.ts checks
 * that both roads agree, value and spans, on every source it has.
 *
 * This module reads the block structure, line by line;
 * simple-yaml-inline.ts reads what sits within a line, and
 * simple-locate.ts turns the nodes into data and spans.
 */
import type { Span } from '../../base/diagnostics/diagnostic.js';
import { bail, Flow, INDICATOR, NOT_TEXT, plainValue, quoted, SPACE, unsupported } from './simple-yaml-inline.js';
import { MAX_YAML_DEPTH } from './yaml-scan.js';

interface Base {
  /** Offsets in the YAML text, as the `yaml` package's node.range[0], [1] and [2]. */
  start: number;
  end: number;
  nodeEnd: number;
  /** The node's span in the file, once computed. */
  span?: Span;
}
export interface SimpleScalar extends Base {
  kind: 'scalar';
  /** The value as toData gives it: numbers as typed, null for ~ / null. */
  value: string | boolean | null;
}
export interface SimpleMap extends Base {
  kind: 'map';
  keys: string[];
  /** Each key's index in keys, for lookups in constant time (a map may have 100,000 keys). */
  index: Map<string, number>;
  /** Where each key is written (an offset in the YAML text). */
  keyStarts: number[];
  values: SimpleNode[];
}
export interface SimpleSeq extends Base {
  kind: 'seq';
  items: SimpleNode[];
}
export type SimpleNode = SimpleScalar | SimpleMap | SimpleSeq;

export interface SimpleDocument {
  root: SimpleNode;
  /** Offset of each line's first character. */
  lineStarts: number[];
}

/** Characters that make a text fall outside the subset wherever they are. */
const OUTSIDE = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
/** Lines that are YAML directives or document markers. */
const MARKER = /^(?:---|\.\.\.|%)/;

const HASH = 35;
const COLON = 58;

const enum Line {
  Blank,
  Comment,
  Content,
}

export function parseSimpleYaml(text: string): SimpleDocument | undefined {
  if (OUTSIDE.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === unsupported) return undefined;
    throw e;
  }
}

class Reader {
  private readonly text: string;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private readonly kinds: Line[] = [];
  /** The line being read. */
  private at = 0;
  /** The line after the last content line, once it has been read. */
  private tail = 0;
  /** Maps and lists open around the one being read; deep ones go the full road, which refuses them. */
  private depth = 0;

  constructor(text: string) {
    this.text = text;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i === start && i < end && (text[i] === '-' || text[i] === '.' || text[i] === '%') && MARKER.test(text.slice(i, i + 3))) bail();
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(i - start);
      this.kinds.push(i === end ? Line.Blank : text.charCodeAt(i) === HASH ? Line.Comment : Line.Content);
      if (nl < 0) break;
      start = nl + 1;
    }
  }

  document(): SimpleDocument | undefined {
    const first = this.nextContent(0);
    if (first < 0 || this.indents[first] !== 0) return undefined;
    this.at = first;
    const root = this.block(0);
    // After the document: comments at the margin and blank lines only.
    for (let l = this.tail; l < this.kinds.length; l++) {
      if (this.kinds[l] === Line.Content || (this.kinds[l] === Line.Comment && this.indents[l] !== 0)) bail();
    }
    return { root, lineStarts: this.starts };
  }

  /**
   * The next content line from `line` on. A comment line before it must not
   * be indented deeper than it: such a comment could belong to the node
   * above (and stretch its range), so the full reader decides.
   */
  private nextContent(line: number): number {
    let deepest = -1;
    for (let l = line; l < this.kinds.length; l++) {
      const kind = this.kinds[l];
      if (kind === Line.Content) {
        if (deepest > this.indents[l]) bail();
        return l;
      }
      if (kind === Line.Comment && this.indents[l] > deepest) deepest = this.indents[l];
    }
    return -1;
  }

  /** The line after the node that ended on `line`: its number, or -1 at the end. */
  private advance(line: number): number {
    const next = this.nextContent(line + 1);
    this.at = next < 0 ? this.kinds.length : next;
    if (next < 0) this.tail = line + 1;
    return next;
  }

  private nodeEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }

  /** A block map or list starting at this.at, whose entries sit at `indent`. */
  private block(indent: number): SimpleNode {
    const line = this.at;
    const col = this.starts[line] + indent;
    return this.isDash(col, line) ? this.seq(indent) : this.map(indent, col);
  }

  private isDash(pos: number, line: number): boolean {
    const end = this.ends[line];
    return this.text.charCodeAt(pos) === 45 && (pos + 1 === end || this.text.charCodeAt(pos + 1) === SPACE);
  }

  private seq(indent: number): SimpleSeq {
    if (++this.depth > MAX_YAML_DEPTH) bail();
    const items: SimpleNode[] = [];
    const start = this.starts[this.at] + indent;
    for (;;) {
      const line = this.at;
      const dash = this.starts[line] + indent;
      let pos = this.skipSpaces(dash + 1, this.ends[line]);
      let item: SimpleNode;
      if (pos === this.ends[line] || this.text.charCodeAt(pos) === HASH) {
        if (pos < this.ends[line]) this.comment(pos, line);
        const next = this.advance(line);
        if (next < 0 || this.indents[next] <= indent) bail();
        item = this.block(this.indents[next]);
      } else if (this.isDash(pos, line)) {
        bail();
      } else if (this.keyColon(pos, line) >= 0) {
        item = this.map(pos - this.starts[line], pos);
      } else {
        item = this.value(pos, line, indent);
      }
      items.push(item);
      const next = this.at < this.kinds.length ? this.at : -1;
      if (next < 0 || this.indents[next] < indent) break;
      if (this.indents[next] > indent) bail();
      if (!this.isDash(this.starts[next] + indent, next)) break;
    }
    const last = items[items.length - 1];
    this.depth--;
    return { kind: 'seq', start, end: last.nodeEnd, nodeEnd: last.nodeEnd, items };
  }

  /** A block map whose keys sit at `indent`; the first key at `pos` (after "- " for a map in a list). */
  private map(indent: number, pos: number): SimpleMap {
    if (++this.depth > MAX_YAML_DEPTH) bail();
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const index = new Map<string, number>();
    const values: SimpleNode[] = [];
    const start = pos;
    for (;;) {
      const line = this.at;
      const colon = this.keyColon(pos, line);
      if (colon < 0) bail();
      const key = this.text.slice(pos, colon);
      if (NOT_TEXT.test(key) || key.length > 1000 || key === '__proto__' || index.has(key) || this.text.charCodeAt(colon - 1) === SPACE) bail();
      index.set(key, keys.length);
      keys.push(key);
      keyStarts.push(pos);
      values.push(this.afterKey(colon + 1, line, indent));
      const next = this.at < this.kinds.length ? this.at : -1;
      if (next < 0 || this.indents[next] < indent) break;
      if (this.indents[next] > indent) bail();
      pos = this.starts[next] + indent;
      if (this.isDash(pos, next)) break;
    }
    const last = values[values.length - 1];
    this.depth--;
    return { kind: 'map', start, end: last.nodeEnd, nodeEnd: last.nodeEnd, keys, index, keyStarts, values };
  }

  /** The value after "key:" at `pos` on `line`, of a map whose keys sit at `indent`. */
  private afterKey(pos: number, line: number, indent: number): SimpleNode {
    const end = this.ends[line];
    const p = this.skipSpaces(pos, end);
    if (p < end && this.text.charCodeAt(p) !== HASH) return this.value(p, line, indent);
    if (p < end) this.comment(p, line);
    // The value is on the lines below: a map or a list, deeper, or a list at the key's own indent.
    const next = this.advance(line);
    if (next < 0) bail();
    const deeper = this.indents[next];
    if (deeper > indent) return this.block(deeper);
    if (deeper === indent && this.isDash(this.starts[next] + indent, next)) return this.seq(indent);
    return bail();
  }

  /** A value that starts on this line: `|` block, [flow], {flow}, quoted or plain. */
  private value(pos: number, line: number, parentIndent: number): SimpleNode {
    const c = this.text[pos];
    if (c === '|') return this.literal(pos, line, parentIndent);
    let node: SimpleNode;
    let after: number;
    if (c === '[' || c === '{') {
      const flow = new Flow(this.text, pos, this.ends[line]);
      node = flow.node();
      after = flow.pos;
    } else if (c === '"' || c === "'") {
      node = quoted(this.text, pos, this.ends[line]);
      after = node.end;
    } else {
      if (INDICATOR.has(c)) bail();
      let e = this.ends[line];
      for (let i = pos + 1; i < e; i++) {
        if (this.text.charCodeAt(i) === HASH && this.text.charCodeAt(i - 1) === SPACE) e = i - 1;
      }
      while (e > pos && this.text.charCodeAt(e - 1) === SPACE) e--;
      const raw = this.text.slice(pos, e);
      if (raw.includes(': ') || raw.charCodeAt(raw.length - 1) === COLON) bail();
      node = { kind: 'scalar', start: pos, end: e, nodeEnd: 0, value: plainValue(raw) };
      after = e;
    }
    // Only spaces and a comment may follow on the line.
    const rest = this.skipSpaces(after, this.ends[line]);
    if (rest < this.ends[line]) this.comment(rest, line);
    node.nodeEnd = this.nodeEnd(line);
    this.advance(line);
    return node;
  }

  /** A literal block (`|` or `|-`), its lines deeper than `parentIndent`. */
  private literal(pos: number, line: number, parentIndent: number): SimpleScalar {
    const header = this.text.slice(pos, this.ends[line]).trimEnd();
    if (header !== '|' && header !== '|-') bail();
    let indent = -1;
    let last = -1;
    let l = line + 1;
    for (; l < this.kinds.length; l++) {
      const width = this.ends[l] - this.starts[l];
      if (this.kinds[l] === Line.Blank) {
        // A blank line with spaces beyond the block's indentation keeps them: left to the full reader.
        if (width > (indent >= 0 ? indent : 0)) bail();
        continue;
      }
      if (indent < 0) {
        if (this.indents[l] <= parentIndent) break;
        indent = this.indents[l];
      } else if (this.indents[l] < indent) {
        break;
      }
      last = l;
    }
    if (last < 0) bail();
    const lines: string[] = [];
    for (let k = line + 1; k <= last; k++) lines.push(this.kinds[k] === Line.Blank ? '' : this.text.slice(this.starts[k] + indent, this.ends[k]));
    const end = this.nodeEnd(last);
    this.advance(last);
    return { kind: 'scalar', start: pos, end, nodeEnd: end, value: lines.join('\n') + (header === '|' ? '\n' : '') };
  }

  /** Where the ": " (or ":" at the line's end) after a plain key starting at `pos` is, else -1. */
  private keyColon(pos: number, line: number): number {
    const text = this.text;
    const end = this.ends[line];
    const c = text[pos];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, pos + 1);
      if (close >= 0 && close < end && text.charCodeAt(this.skipSpaces(close + 1, end)) === COLON) bail();
      return -1;
    }
    if (c === '[' || c === '{' || INDICATOR.has(c)) return -1;
    for (let i = pos; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return i;
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /**
   * A comment after a value: "# text" after a space. "#2" is left to the
   * full reader, which warns that it may be text cut off (yaml-comment).
   */
  private comment(pos: number, line: number): void {
    const t = this.text;
    if (t.charCodeAt(pos) !== HASH || t.charCodeAt(pos - 1) !== SPACE || (pos + 1 < this.ends[line] && t.charCodeAt(pos + 1) !== SPACE)) bail();
  }

  private skipSpaces(pos: number, end: number): number {
    while (pos < end && this.text.charCodeAt(pos) === SPACE) pos++;
    return pos;
  }
}
