/**
 * The simple YAML reader's nodes (simple-yaml.ts) turned into what the
 * full road makes of the `yaml` package's document: the plain data zod
 * reads (yaml-nodes.ts's toData) and the locations of zod's output
 * (locate.ts's locate), value for value and span for span.
 */
import type { Point, Span } from '../base/diagnostics/diagnostic.js';
import { setLocation, type Location } from '../model/location.js';
import { type LineIndex, lineIndexAt } from '../base/lines.js';
import type { SimpleMap, SimpleNode } from './yaml/simple-yaml.js';

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
  /** The lines of the whole file, when the parser indexed them: positions are found there. */
  lines?: LineIndex;
  offset: number;
  lineOffset: number;
}

function point(frame: SimpleFrame, offset: number): Point {
  if (frame.lines) return frame.lines.point(offset + frame.offset);
  const starts = frame.lineStarts;
  const lo = lineIndexAt(starts, offset);
  return { line: lo + 1 + frame.lineOffset, column: offset - starts[lo] + 1, offset: offset + frame.offset };
}

/** The node's span, computed once. */
function spanOfNode(frame: SimpleFrame, node: SimpleNode): Span {
  return (node.span ??= { start: point(frame, node.start), end: point(frame, node.end) });
}

const isNull = (n: SimpleNode) => n.kind === 'scalar' && n.value === null;

/** Whether a map anywhere in the node has a key with an empty value (`accent:` with nothing after it, or only a comment). */
export function hasEmptyValue(node: SimpleNode): boolean {
  if (node.kind === 'map') return node.values.some((v) => isNull(v) || hasEmptyValue(v));
  if (node.kind === 'seq') return node.items.some(hasEmptyValue);
  return false;
}
/** A list's items as the data has them: toData drops empty values. */
const kept = (items: SimpleNode[]) => (items.some(isNull) ? items.filter((n) => !isNull(n)) : items);

/** An object's location: its node, whose fields' nodes are looked up when asked for. */
class SimpleLocation implements Location {
  constructor(
    private readonly node: SimpleNode,
    private readonly frame: SimpleFrame,
  ) {}

  get span(): Span {
    return spanOfNode(this.frame, this.node);
  }

  field(key: string, index?: number): Span | undefined {
    const node = this.node;
    if (node.kind !== 'map') return undefined;
    const i = node.index.get(key);
    if (i === undefined) return undefined;
    const child = node.values[i];
    if (index === undefined) return spanOfNode(this.frame, child);
    const item = child.kind === 'seq' ? kept(child.items)[index] : undefined;
    return item && spanOfNode(this.frame, item);
  }

  key(key: string): Span | undefined {
    const node = this.node;
    const i = node.kind === 'map' ? node.index.get(key) : undefined;
    if (i === undefined) return undefined;
    // The simple reader takes bare keys only: the key is its text, as long as it is written.
    const start = (node as SimpleMap).keyStarts[i];
    return { start: point(this.frame, start), end: point(this.frame, start + key.length) };
  }
}

/** Gives every object of the schema's output the location of its node, as locate does. */
export function simpleLocate(value: unknown, node: SimpleNode, frame: SimpleFrame): void {
  if (Array.isArray(value)) {
    const items = node.kind === 'seq' ? kept(node.items) : undefined;
    for (let i = 0; i < value.length; i++) simpleLocate(value[i], items?.[i] ?? node, frame);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  setLocation(value, new SimpleLocation(node, frame));
  const target = value as Record<string, unknown>;
  for (const key in target) {
    const v = target[key];
    if (v === null || typeof v !== 'object') continue;
    const i = node.kind === 'map' ? node.index.get(key) : undefined;
    simpleLocate(v, i === undefined ? node : (node as SimpleMap).values[i], frame);
  }
}
