/**
 * The texts of a gathering and of the config that a reader sees (titles,
 * items, venues, facts and their labels, deadlines, audience and group
 * names, the body and its links, the config's branding and site texts),
 * walked the same way for `check`, which warns at each hidden character
 * in them, and for the renderer, which prints them without: both go
 * through mapShown() and bodySlots() here and judge each text with
 * src/base/hidden.ts, so what is warned about is what is left out.
 *
 * Names the tool matches rather than prints (the file, template,
 * language, time zone, `rules:`, an item's `kind`, audience ids and the
 * `for:` that names them) are judged by `check` too but kept as written:
 * changing them would break what they name.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic, Fix, Point, Span } from '../base/diagnostics/diagnostic.js';
import { codePointLabel, type Hidden, hiddenIn, mayHide, withoutHidden } from '../base/hidden.js';
import { LineIndex } from '../base/lines.js';
import { quote, say } from '../base/messages/index.js';
import { locationOf } from './location.js';

/** Where a text is: its owner object and key (and list index), or the key itself when `isKey`; `anchor`, the nearest place whose owner has a Location. */
export interface Place {
  owner: object;
  key: string;
  index?: number;
  isKey?: boolean;
  anchor?: Place;
  /** The key the owner itself hangs under (`venue` for the name of a venue written as one text). */
  parent?: string;
}

/** Keys of a source whose values name something (a file, a template, an id) and are matched, not printed. */
export const SOURCE_NAMES: ReadonlySet<string> = new Set(['file', 'template', 'language', 'timezone', 'rules', 'for', 'kind']);
/** Keys of the config that are not printed: paths, names, switches; what is printed is branding's organisation and footer, `site:` and `link`. */
export const CONFIG_NAMES: ReadonlySet<string> = new Set([
  'rules',
  'template',
  'templates',
  'logo',
  'accent',
  'audiences',
  'browser',
  'time-separator',
  'messages',
  'sources',
  'exclude',
  'install',
]);
/** Tables of a source keyed by ids: their keys are matched (views and `for:` name them). */
const ID_TABLES: ReadonlySet<string> = new Set(['audiences', 'rules']);

export type TextMap = (text: string, place: Place, matched: boolean) => string;

/**
 * A copy of plain data (a gathering's fields but its body, or the config)
 * with every string and key given to `f`, which returns what the copy
 * holds (`matched` says the text is a name kept as written). Objects that
 * are not plain data are kept as they are.
 */
export function mapShown<T>(value: T, f: TextMap, names: ReadonlySet<string> = SOURCE_NAMES): T {
  return walk(value, { f, names }, undefined, false) as T;
}

interface Walk {
  f: TextMap;
  names: ReadonlySet<string>;
}

function walk(value: unknown, w: Walk, place: Place | undefined, matched: boolean): unknown {
  if (typeof value === 'string') return place ? w.f(value, place, matched) : value;
  if (Array.isArray(value)) return value.map((v, index) => walk(v, w, place && { ...place, index }, matched));
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = Object.create(proto);
  const ids = place !== undefined && ID_TABLES.has(place.key);
  const located = locationOf(value) !== undefined;
  for (const key of Object.keys(value)) {
    // The body is a Markdown tree, walked by bodySlots.
    if (key === 'body' && place === undefined) continue;
    const here: Place = { owner: value, key, parent: place?.key };
    here.anchor = located ? here : place?.anchor;
    const shownKey = w.f(key, { ...here, isKey: true }, matched || ids);
    out[ids || matched ? key : shownKey] = walk((value as Record<string, unknown>)[key], w, here, matched || w.names.has(key));
  }
  return out;
}

/** One text of a Markdown tree: the node and field holding it, and the block it is judged in (a paragraph, a heading, a cell, a code block). */
export interface BodySlot {
  node: Record<string, unknown>;
  field: 'value' | 'url' | 'title' | 'alt';
  /** The node the slot's findings are reported together at. */
  block: Nodes;
  /** The text marks are judged in: the block's text for its words, the field itself for an address or title. */
  context: string;
}

const PHRASING_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/** The words of a paragraph, heading or cell, which its marks are judged in; '' for another block. */
export function blockWords(block: Nodes): string {
  return PHRASING_BLOCKS.has(block.type) ? toString(block) : '';
}

/**
 * The texts a reader sees of a Markdown tree that may hold a hidden
 * character (most hold none, and cost a test each), in order: words,
 * inline code, code blocks, link addresses and titles (not image paths:
 * they are read, not shown).
 */
export function bodySlots(root: Nodes): BodySlot[] {
  const out: BodySlot[] = [];
  const words = new Map<Nodes, string>();
  const wordsOf = (block: Nodes) => words.get(block) ?? words.set(block, blockWords(block)).get(block)!;
  const add = (n: Record<string, unknown>, field: BodySlot['field'], block: Nodes, own: boolean) => {
    const text = n[field];
    if (typeof text !== 'string' || !mayHide(text)) return;
    out.push({ node: n, field, block, context: own ? text : wordsOf(block) || text });
  };
  const visit = (node: Nodes, block: Nodes | undefined) => {
    const n = node as unknown as Record<string, unknown>;
    const unit = PHRASING_BLOCKS.has(node.type) || node.type === 'code' || node.type === 'definition' || block === undefined ? node : block;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') add(n, 'value', unit, node.type === 'code');
    if (node.type === 'link' || node.type === 'definition') add(n, 'url', unit, true);
    if (node.type === 'image') add(n, 'alt', unit, false);
    add(n, 'title', unit, true);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, node.type === 'root' ? undefined : unit);
  };
  visit(root, undefined);
  return out;
}

/** A copy of a Markdown tree with its shown texts without hidden characters. */
export function withoutHiddenBody(root: Root): Root {
  if (!bodySlots(root).length) return root;
  const copy = structuredClone(root);
  for (const slot of bodySlots(copy)) slot.node[slot.field] = withoutHidden(slot.node[slot.field] as string, slot.context);
  return copy;
}

/** A gathering as its reader sees it: every shown text without hidden characters, the body too; names matched kept as written. */
export function shownGathering<G extends { body: Root }>(g: G): G {
  return { ...withoutHiddenData(g), body: withoutHiddenBody(g.body) };
}

/** A copy of a gathering's fields, or the config, with its shown texts without hidden characters (names matched kept as written). */
export function withoutHiddenData<T>(value: T, names: ReadonlySet<string> = SOURCE_NAMES): T {
  return mapShown(value, (text, _place, matched) => (matched || !mayHide(text) ? text : withoutHidden(text)), names);
}

/** What is said of the hidden characters of one text: where the first is, the message and the hint. */
export interface HiddenProblem {
  span: Span;
  message: string;
  hint: string;
  /** The text over `whole` (see hiddenProblem) without them, when each is written there as itself. */
  fix?: Fix;
}

/** Where the text stands in its file: the span of its node, the file's text (to find the character in it) and how offsets become points. */
export interface TextPlace {
  span: Span;
  source?: string;
  point?: (offset: number) => Point;
}

/**
 * The finding for the hidden characters of a text (several texts of one
 * unit, a paragraph and its links, give one finding together), placed at
 * the first as it stands in the file, or at the text's node when it is not
 * there as itself (a YAML escape such as "\u202e").
 */
export function hiddenProblem(
  found: readonly { text: string; hidden: readonly Hidden[]; at: TextPlace }[],
  field: { key?: string; isKey?: boolean },
  whole?: TextPlace & { context?: string },
): HiddenProblem | undefined {
  const first = found.find((f) => f.hidden.length);
  if (!first) return undefined;
  const count = found.reduce((n, f) => n + f.hidden.length, 0);
  const h = first.hidden[0];
  const place = field.key === undefined ? 'body' : field.isKey ? 'key' : 'field';
  const params = { place, field: field.key === undefined ? '' : quote(field.key), count, name: codePointLabel(h.codePoint) };
  const fix = removal(whole ?? (found.length === 1 ? first.at : undefined), count);
  return { span: exactSpan(first.text, h, first.at), message: say('hidden-character.message', params), hint: say('hidden-character.hint', { count }), ...(fix && { fix }) };
}

/**
 * The source over a span without its hidden characters: offered only when
 * the source there, judged as it stands, holds exactly the characters the
 * finding counts (none written as an escape, none judged otherwise), so a
 * fix never takes out what the text needs.
 */
function removal(whole: (TextPlace & { context?: string }) | undefined, count: number): Fix | undefined {
  if (whole?.source === undefined || whole.span.end.offset <= whole.span.start.offset) return undefined;
  const written = whole.source.slice(whole.span.start.offset, whole.span.end.offset);
  const context = whole.context ?? written;
  if (hiddenIn(written, context).length !== count) return undefined;
  const text = withoutHidden(written, context);
  // Taking U+202E out of `&#8`, U+202E, `238;` would join its neighbours into a reference to another hidden character: no fix there.
  if (escapesIn(text) !== escapesIn(written)) return undefined;
  return { span: whole.span, text };
}

/** Character references (`&#8238;`, `&zwj;`) and backslash escapes in a text as written. */
const ESCAPE = /&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*);|\\\S/giu;
const escapesIn = (text: string) => text.match(ESCAPE)?.length ?? 0;

/**
 * The span of a hidden character: the n-th of its kind in the node's
 * source, where the text's n-th of its kind is it, written as itself or as
 * an escape (YAML's \u202E, \U0000202E; a character reference &#x202E; or
 * &#8238;).
 */
function exactSpan(text: string, h: Hidden, at: TextPlace): Span {
  const { span, source, point } = at;
  if (source === undefined || point === undefined || span.end.offset <= span.start.offset) return span;
  const c = text.slice(h.index, h.index + h.length);
  let n = 0;
  for (let i = text.indexOf(c); i >= 0 && i < h.index; i = text.indexOf(c, i + 1)) n++;
  const slice = source.slice(span.start.offset, span.end.offset);
  for (const m of slice.matchAll(writtenAs(h.codePoint))) {
    if (n-- > 0) continue;
    const start = span.start.offset + m.index;
    return { start: point(start), end: point(start + m[0].length) };
  }
  return span;
}

/** A code point as a source may write it: itself, a YAML escape or a character reference. */
function writtenAs(c: number): RegExp {
  const hex = c.toString(16);
  const itself = String.fromCodePoint(c).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const yaml = `${c <= 0xffff ? `|\\\\u${hex.padStart(4, '0')}` : ''}|\\\\U${hex.padStart(8, '0')}`;
  return new RegExp(`${itself}${yaml}|&#x0*${hex};|&#0*${c};`, 'giu');
}

/** The config's findings: each text a reader sees (branding's organisation and footer, `site:`, `link`) that holds hidden characters, at the first. */
export function hiddenInConfig(config: unknown, text: string, file: string, whole: Span): Diagnostic[] {
  if (!mayHide(text)) return [];
  const out: Diagnostic[] = [];
  const lines = new LineIndex(text);
  const point = (offset: number) => lines.point(offset);
  mapShown(
    config,
    (value, place, matched) => {
      if (matched || !mayHide(value)) return value;
      const location = locationOf(place.owner);
      const span = (place.isKey ? location?.key(place.key) : location?.field(place.key, place.index)) ?? location?.span ?? whole;
      const problem = hiddenProblem([{ text: value, hidden: hiddenIn(value), at: { span, source: text, point } }], { key: place.key, isKey: place.isKey });
      if (problem) out.push({ file, code: 'hidden-character', severity: 'warning', ...problem });
      return value;
    },
    CONFIG_NAMES,
  );
  return out;
}
