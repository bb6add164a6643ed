/**
 * Gives every object of the schema's output the span of the YAML node it
 * came from. The output mirrors the input's shape (transforms only change
 * leaves), so one walk over both finds each value's node.
 */
import type { Document, Node } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';
import { isAlias, isMap, isScalar, isSeq } from './yaml-lib.js';
import { keyText, nodeSpan, type Frame } from './yaml-nodes.js';

export function locate(value: unknown, node: unknown, doc: Document, frame: Frame, fallback: Span): void {
  if (isAlias(node)) node = node.resolve(doc);
  const span = nodeSpan(frame, node as Node) ?? fallback;
  if (Array.isArray(value)) {
    const items = isSeq(node) ? node.items.filter((n) => !(isScalar(n) && n.value === null)) : [];
    value.forEach((v, i) => locate(v, items[i] ?? node, doc, frame, span));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const target = value as Record<string, unknown> & { span?: Span; spans?: Record<string, Span> };
  const spans: Record<string, Span> = {};
  Object.defineProperty(target, 'span', { value: span, enumerable: false, writable: true });
  Object.defineProperty(target, 'spans', { value: spans, enumerable: false, writable: true });
  for (const key of Object.keys(target)) {
    let child: unknown = node;
    if (isMap(node)) child = node.items.find((p) => keyText(p.key) === key)?.value ?? undefined;
    if (isAlias(child)) child = child.resolve(doc);
    const childSpan = (child ? nodeSpan(frame, child as Node) : undefined) ?? span;
    spans[key] = childSpan;
    const v = target[key];
    if (Array.isArray(v) && isSeq(child)) {
      const items = child.items.filter((n) => !(isScalar(n) && n.value === null));
      v.forEach((el, i) => {
        spans[`${key}.${i}`] = nodeSpan(frame, items[i] as Node) ?? childSpan;
      });
    }
    locate(v, child ?? node, doc, frame, childSpan);
  }
}
