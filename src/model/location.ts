/**
 * Where the model's values were written. Every object the schema read
 * (the gathering, a day, an item, a venue, a date …) has a Location: its
 * own span, and the span of each field's value. Locations are kept beside
 * the model, not in it, so the model stays plain data (no extra keys for
 * Object.keys, JSON or deep equality to see), and spans are worked out only
 * when something asks, which for most fields is never: a source's check
 * asks for a few dozen spans, not the hundreds its fields have.
 */
import type { Point, Span } from '../base/diagnostics/diagnostic.js';

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
  /** The span of a field's key, as written (`venue` in `venue: Rådhuset`); undefined when the field is not written. */
  key(key: string): Span | undefined;
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

/** The span of a field's key where it is written, else of its value (or of the object). */
export function keySpanOf(owner: object, key: string): Span {
  return (owner as Holder)[LOCATION]?.key(key) ?? spanOf(owner, key);
}

/**
 * The text a gathering was read from, as the parser recorded it: findings
 * inside strings and the body are placed in it, through its lines, indexed
 * once for the source.
 */
export interface SourceRecord {
  readonly text: string;
  /** Offset where the Markdown body starts: the line after the front matter's closing fence. */
  readonly bodyStart: number;
  point(offset: number): Point;
}

const SOURCE = Symbol('source');

export function setSource(target: object, source: SourceRecord): void {
  Object.defineProperty(target, SOURCE, { value: source });
}

/** The source the parser recorded for a gathering; undefined for one made otherwise (a test's, or one sent to the render thread). */
export function sourceOf(g: object): SourceRecord | undefined {
  return (g as { [SOURCE]?: SourceRecord })[SOURCE];
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
