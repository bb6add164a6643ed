/**
 * The bridge between the `yaml` package's document tree and the rest of the
 * parser: plain data for zod (with every number-looking scalar kept as the
 * author's text), node lookup by path, and node spans in file coordinates.
 */
import type { Document, Node, Scalar } from 'yaml';
import type { Point, Span } from '../../base/diagnostics/diagnostic.js';
import { type LineIndex, lineIndexAt } from '../../base/lines.js';
import { isMap, isPair, isScalar, isSeq } from './yaml-lib.js';
import { keyText, MAX_YAML_DEPTH, pairOf, RESERVED_KEY, resolved } from './yaml-scan.js';

/** Where the YAML text sits inside the Markdown file. */
export interface Frame {
  /** Offset of each line of the YAML text (lineStartsOf), counted from the text itself; unused when `lines` is given. */
  lineStarts: readonly number[];
  /** The lines of the whole file, indexed once for the source (the parser's SourceText): positions are found there. */
  lines?: LineIndex;
  /** The YAML text's length. */
  length: number;
  /** Offset of the YAML text's first character in the file. */
  offset: number;
  /** File line of the YAML text's first line, minus one. */
  lineOffset: number;
}

/**
 * A YAML offset in file coordinates, from the text's own line starts (the
 * package's LineCounter misses the line breaks inside some multi-line
 * tokens, and every later position lagged), kept inside the text.
 */
export function pointAt(frame: Frame, yamlOffset: number): Point {
  const at = Math.max(0, Math.min(yamlOffset, frame.length));
  if (frame.lines) return frame.lines.point(at + frame.offset);
  const i = lineIndexAt(frame.lineStarts, at);
  return { line: i + 1 + frame.lineOffset, column: at - frame.lineStarts[i] + 1, offset: at + frame.offset };
}

export function spanOfRange(frame: Frame, range: readonly [number, number, ...number[]]): Span {
  return { start: pointAt(frame, range[0]), end: pointAt(frame, range[1]) };
}

export function nodeSpan(frame: Frame, node: Node | null | undefined): Span | undefined {
  return node?.range ? spanOfRange(frame, node.range) : undefined;
}

/** More than this many nodes (after alias expansion) is refused, so an alias bomb cannot hang a build. */
export const NODE_BUDGET = 100_000;

export class NodeBudgetExceeded extends Error {}
/** Aliases can nest a block in itself again and again: the depth is counted as the data is made, too. */
export class DepthExceeded extends Error {}

/**
 * Plain data for the schema. Scalars that YAML read as numbers come back as
 * their source text (`09.00`, `0900`, `14.10`), empty values are dropped.
 * Aliases are followed as scanDocument resolved them.
 */
export function toData(doc: Document, node: unknown = doc.contents, budget = { left: NODE_BUDGET }, depth = 0): unknown {
  if (--budget.left < 0) throw new NodeBudgetExceeded();
  if (depth > MAX_YAML_DEPTH) throw new DepthExceeded();
  node = resolved(doc, node);
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number' || typeof v === 'bigint') return node.source ?? String(v);
    return v ?? undefined;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const pair of node.items) {
      const key = keyText(pair.key);
      if (key === RESERVED_KEY) continue;
      const value = toData(doc, pair.value, budget, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return { ...out };
  }
  if (isSeq(node)) return node.items.map((n) => toData(doc, n, budget, depth + 1)).filter((v) => v !== undefined);
  return undefined;
}

/** The node at a data path (`['programme', 2, 'time']`), following aliases. */
export function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    node = resolved(doc, node);
    if (isMap(node)) {
      const pair = pairOf(node, String(step));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      // toData drops empty items; index the kept ones the same way.
      const kept = node.items.filter((n) => !(isScalar(n) && n.value === null));
      node = kept[step];
    } else {
      return undefined;
    }
    if (node === undefined || node === null) return undefined;
  }
  node = resolved(doc, node);
  return (node ?? undefined) as Node | undefined;
}

/** The key node of `key` in the map at `path`. */
export function keyNodeAt(doc: Document, path: readonly PropertyKey[], key: string): Node | undefined {
  const parent = nodeAt(doc, path);
  if (!isMap(parent)) return undefined;
  const pair = pairOf(parent, key);
  return pair && isPair(pair) && isScalar(pair.key) ? (pair.key as Scalar) : undefined;
}

/** How a reader names a node's kind in a message. */
export function describeNode(node: unknown): { kind: 'map' | 'list' | 'empty' | 'yesno' | 'text'; text?: string } {
  if (isMap(node)) return { kind: 'map' };
  if (isSeq(node)) return { kind: 'list' };
  if (isScalar(node)) {
    if (node.value === null) return { kind: 'empty' };
    if (typeof node.value === 'boolean') return { kind: 'yesno', text: String(node.source ?? node.value) };
    return { kind: 'text', text: String(node.source ?? node.value) };
  }
  return { kind: 'empty' };
}
