/**
 * The simple YAML reader's nodes (simple-yaml.ts) turned into what the
 * full road makes of the `yaml` package's document: the plain data zod
 * reads (yaml-nodes.ts's toData) and the spans on zod's output
 * (locate.ts's locate), value for value and span for span.
 */
import type { Point, Span } from '../diagnostics/diagnostic.js';
import { lineIndexAt } from './lines.js';
import type { SimpleNode } from './simple-yaml.js';

/** Plain data for the schema, as toData gives it (no key is "__proto__": the reader declines those). */
export function simpleData(node: SimpleNode): unknown {
  if (node.kind === 'scalar') return node.value ?? undefined;
  if (node.kind === 'map') {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < node.keys.length; i++) {
      const value = simpleData(node.values[i]);
      if (value !== undefined) out[node.keys[i]] = value;
    }
    return out;
  }
  const out: unknown[] = [];
  for (const item of node.items) {
    const value = simpleData(item);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** File positions of YAML offsets. */
export interface SimpleFrame {
  lineStarts: readonly number[];
  offset: number;
  lineOffset: number;
}

function point(frame: SimpleFrame, offset: number): Point {
  const starts = frame.lineStarts;
  const lo = lineIndexAt(starts, offset);
  return { line: lo + 1 + frame.lineOffset, column: offset - starts[lo] + 1, offset: offset + frame.offset };
}

/** The node's span, computed once; shared where locate's results may share it (see below). */
function spanOfNode(frame: SimpleFrame, node: SimpleNode): Span {
  return (node.span ??= { start: point(frame, node.start), end: point(frame, node.end) });
}

/** "points.0", "points.1" …: made once per field name, not once per file. */
const indexKeyCache = new Map<string, string[]>();
function indexKeys(key: string, count: number): string[] {
  let names = indexKeyCache.get(key);
  if (!names) indexKeyCache.set(key, (names = []));
  for (let i = names.length; i < count; i++) names.push(`${key}.${i}`);
  return names;
}

const isNull = (n: SimpleNode) => n.kind === 'scalar' && n.value === null;
const kept = (items: SimpleNode[]) => (items.some(isNull) ? items.filter((n) => !isNull(n)) : items);

/**
 * Gives every object of the schema's output the span of its node, as
 * locate does. Span objects are shared between a node's uses, except that a
 * field's span is never the very object that is its owner's span unless
 * locate's is too (Context.keySpan tells "no span of its own" by identity).
 */
export function simpleLocate(value: unknown, node: SimpleNode, frame: SimpleFrame, fallback: Span | undefined): void {
  const span = spanOfNode(frame, node) ?? fallback;
  if (Array.isArray(value)) {
    const items = node.kind === 'seq' ? kept(node.items) : [];
    for (let i = 0; i < value.length; i++) simpleLocate(value[i], items[i] ?? node, frame, span);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const target = value as Record<string, unknown>;
  const spans: Record<string, Span> = {};
  Object.defineProperty(target, 'span', { value: span, enumerable: false, writable: true });
  Object.defineProperty(target, 'spans', { value: spans, enumerable: false, writable: true });
  for (const key of Object.keys(target)) {
    let child: SimpleNode | undefined = node;
    if (node.kind === 'map') {
      const i = node.keys.indexOf(key);
      child = i < 0 ? undefined : node.values[i];
    }
    const childSpan = child === node ? { ...span } : child ? spanOfNode(frame, child) : span;
    spans[key] = childSpan;
    const v = target[key];
    if (Array.isArray(v) && child?.kind === 'seq') {
      const items = kept(child.items);
      const names = indexKeys(key, v.length);
      for (let i = 0; i < v.length; i++) spans[names[i]] = items[i] ? spanOfNode(frame, items[i]) : childSpan;
    }
    simpleLocate(v, child ?? node, frame, childSpan);
  }
}
