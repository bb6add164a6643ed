/**
 * Where the model's values were written. Every object the schema read
 * (the gathering, a day, an item, a venue, a date …) has a Location: its
 * own span, and the span of each field's value. Locations are kept beside
 * the model, not in it, so the model stays plain data (no extra keys for
 * Object.keys, JSON or deep equality to see), and spans are worked out only
 * when something asks, which for most fields is never: a source's check
 * asks for a few dozen spans, not the hundreds its fields have.
 */
import type { Span } from '../base/diagnostics/diagnostic.js';

export interface Location {
  /** The span of the object itself. */
  readonly span: Span;
  /**
   * The span of a field's value, or with `index` of the i-th value of a
   * list field; undefined when the value has no node of its own (a default,
   * or a part of a value the schema made from one scalar, such as a date's
   * year).
   */
  field(key: string, index?: number): Span | undefined;
}

/** An object of the model: one with a Location (see locationOf). */
export interface Located {
  /** Never present: a marker for the type checker. */
  readonly __located?: never;
}

const LOCATION = Symbol('location');
type Holder = { [LOCATION]?: Location };

export function setLocation(target: object, location: Location): void {
  (target as Holder)[LOCATION] = location;
}

export function locationOf(value: unknown): Location | undefined {
  return typeof value === 'object' && value !== null ? (value as Holder)[LOCATION] : undefined;
}

/**
 * The span of a field's value, of the i-th value of a list field, or of the
 * object itself; a field with no node of its own gets its owner's span.
 */
export function spanOf(owner: object, field?: string, index?: number): Span {
  const location = (owner as Holder)[LOCATION];
  if (!location) throw new Error('internal error: a value of the model has no location');
  if (field === undefined) return location.span;
  return (index !== undefined ? location.field(field, index) : undefined) ?? location.field(field) ?? location.span;
}

/** The span of a field's value when it has a node of its own, else undefined. */
export function ownSpanOf(owner: object, field: string): Span | undefined {
  return (owner as Holder)[LOCATION]?.field(field);
}

/** Where a Markdown node stands (unist's position; its offsets are always set by the parser we use). */
export function spanOfPosition(
  p: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } | undefined,
): Span | undefined {
  if (!p) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}
