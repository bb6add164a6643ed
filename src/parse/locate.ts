/**
 * Gives every object of the schema's output the location of the YAML node
 * it came from. The output mirrors the input's shape (transforms only
 * change leaves), so one walk over both finds each value's node.
 */
import type { Document, Node } from 'yaml';
import type { Span } from '../base/diagnostics/diagnostic.js';
import { setLocation, type Location } from '../model/location.js';
import { isMap, isScalar, isSeq } from './yaml/yaml-lib.js';
import { nodeSpan, type Frame } from './yaml/yaml-nodes.js';
import { pairOf, resolved } from './yaml/yaml-scan.js';
/** A list's items as the data has them: toData drops empty values. */
const kept = (node: unknown): unknown[] => (isSeq(node) ? node.items.filter((n) => !(isScalar(n) && n.value === null)) : []);

class YamlLocation implements Location {
  constructor(
    private readonly node: unknown,
    private readonly doc: Document,
    private readonly frame: Frame,
    /** The span of the nearest node above with one, for a node without a range. */
    private readonly fallback: Span,
  ) {}

  get span(): Span {
    return nodeSpan(this.frame, this.node as Node) ?? this.fallback;
  }

  field(key: string, index?: number): Span | undefined {
    const child = this.child(key);
    if (child === undefined) return undefined;
    const own = nodeSpan(this.frame, child as Node);
    if (index === undefined) return own;
    if (!isSeq(child)) return undefined;
    return nodeSpan(this.frame, kept(child)[index] as Node) ?? own;
  }

  key(key: string): Span | undefined {
    if (!isMap(this.node)) return undefined;
    return nodeSpan(this.frame, pairOf(this.node, key)?.key as Node | undefined);
  }

  child(key: string): unknown {
    if (!isMap(this.node)) return undefined;
    return resolved(this.doc, pairOf(this.node, key)?.value) ?? undefined;
  }
}

export function locate(value: unknown, node: unknown, doc: Document, frame: Frame, fallback: Span): void {
  node = resolved(doc, node);
  const location = new YamlLocation(node, doc, frame, fallback);
  const span = location.span;
  if (Array.isArray(value)) {
    const items = kept(node);
    value.forEach((v, i) => locate(v, items[i] ?? node, doc, frame, span));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  setLocation(value, location);
  for (const [key, v] of Object.entries(value)) {
    if (v === null || typeof v !== 'object') continue;
    const child = location.child(key);
    locate(v, child ?? node, doc, frame, (child === undefined ? undefined : nodeSpan(frame, child as Node)) ?? span);
  }
}
