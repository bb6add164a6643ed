/**
 * Where in the front matter a position is: the keys and list items above
 * it, and whether a key or a value is being written there. Read from the
 * `yaml` package's concrete syntax tree (its Parser), which keeps every
 * token with its offset and reads broken YAML too, as text being typed
 * mostly is: a key without its colon, a list not yet closed, a value
 * left empty. Where the cursor stands on no word (an empty line, after
 * `- ` or `key: `), a one-letter word is put there before parsing, so
 * that the tree says what a word typed there would be.
 */
import { CST, Parser } from 'yaml';
import type { Position } from 'vscode-languageserver';
import { frontMatterOf } from '../../parse/source-text.js';

export type Path = (string | number)[];

export interface Cursor {
  /** The map (or list) the word at the cursor is written in: keys, and 0 for a list item. */
  path: Path;
  /** Writing a key (or a bare list item), or the value of `key`. */
  mode: 'key' | 'value';
  /** The key being written (key mode), or whose value is being written (value mode). */
  key?: string;
  /** The value as read (value mode). */
  value?: string;
  /** The word under the cursor: where it starts and ends on the line, and its text before the cursor. */
  start: number;
  end: number;
  typed: string;
  /** The cursor stands on no word (one typed there would be a key or value of `path`). */
  blank: boolean;
  /** Inside a flow collection: `for: [owners, pr|`, `{from: 09.00, un|`. */
  inFlow: boolean;
  /** The other keys written in the map the cursor writes a key in. */
  siblings: string[];
}

/** The front matter's YAML, where it starts in the text (an unclosed one runs to the text's end), or undefined. */
function yamlOf(text: string): { yaml: string; yamlStart: number } | undefined {
  const place = frontMatterOf(text);
  if (place === undefined) return undefined;
  if (place !== 'unclosed') return place;
  const yamlStart = text.search(/\n/) + 1;
  return { yaml: text.slice(yamlStart), yamlStart };
}

/** The last few trees read: completion, hover and the lookups beside them ask about one text in turn. */
const trees = new Map<string, CST.Document | undefined>();

function documentOf(yaml: string): CST.Document | undefined {
  if (trees.has(yaml)) return trees.get(yaml);
  let doc: CST.Document | undefined;
  for (const token of new Parser().parse(yaml)) if (token.type === 'document') doc ??= token;
  if (trees.size >= 4) trees.delete(trees.keys().next().value as string);
  trees.set(yaml, doc);
  return doc;
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

type Item = CST.BlockMap['items'][number] | CST.FlowCollection['items'][number];

const isScalar = (t: CST.Token | undefined): t is CST.FlowScalar => t?.type === 'scalar' || t?.type === 'single-quoted-scalar' || t?.type === 'double-quoted-scalar';
const isCollection = (t: CST.Token | undefined): t is CST.BlockMap | CST.BlockSequence | CST.FlowCollection =>
  t?.type === 'block-map' || t?.type === 'block-seq' || t?.type === 'flow-collection';
const textOf = (t: CST.Token | undefined): string | undefined => (isScalar(t) ? CST.resolveAsScalar(t, true, () => {})?.value : undefined);

/** Where a token ends (its trailing comments and line breaks aside). */
function endOf(t: CST.Token | CST.SourceToken | undefined): number {
  if (!t) return -1;
  if (isScalar(t) || 'source' in t) {
    if (t.type === 'block-scalar') return endOf((t as CST.BlockScalar).props.at(-1)) + (t as CST.BlockScalar).source.length;
    return t.offset + (t as CST.SourceToken).source.length;
  }
  if (t.type === 'flow-collection' && t.end.length) return endOf(t.end.find((e) => e.type === 'flow-map-end' || e.type === 'flow-seq-end') ?? t.start);
  if (isCollection(t)) {
    const last = t.items.at(-1) as Item | undefined;
    return last ? Math.max(endOf(last.value), endOf(last.sep?.at(-1)), endOf(last.key ?? undefined), endOf(last.start.at(-1))) : t.offset;
  }
  return t.offset;
}

const touches = (t: CST.Token | null | undefined, o: number) => isScalar(t ?? undefined) && t!.offset <= o && o <= endOf(t!);
const within = (t: CST.Token | null | undefined, o: number) => !!t && t.offset <= o && o <= endOf(t);

interface Found {
  path: Path;
  mode: 'key' | 'value';
  /** The word at the cursor. */
  word: CST.FlowScalar;
  key?: string;
  inFlow: boolean;
  siblings: string[];
}

/** The word at offset `o` under `node`, and where it stands; undefined in a block of text or on no word. */
function locate(node: CST.Token | undefined, o: number, path: Path, flow: boolean): Found | undefined {
  if (!isCollection(node)) return undefined;
  const inFlow = flow || node.type === 'flow-collection';
  const isMap = node.type === 'block-map' || (node.type === 'flow-collection' && node.start.source === '{');
  for (const item of node.items as Item[]) {
    const { key, value } = item;
    if (!isMap) {
      // A bare list item (an audience id in `for:`) is written as a key is: offered from the list's schema.
      if (touches(value, o)) return { path: [...path, 0], mode: 'key', word: value as CST.FlowScalar, inFlow, siblings: [] };
      if (within(value, o)) return locate(value ?? undefined, o, [...path, 0], inFlow);
      continue;
    }
    const siblings = () => (node.items as Item[]).filter((i) => i !== item && i.key).flatMap((i) => textOf(i.key ?? undefined) ?? []);
    if (touches(key, o)) return { path, mode: 'key', word: key as CST.FlowScalar, key: textOf(key as CST.FlowScalar), inFlow, siblings: siblings() };
    const name = textOf(key ?? undefined) ?? '';
    if (touches(value, o)) {
      // A word on a line of its own under a key (`venue:` and below it `na|`): the first key of a map begun there.
      if (!inFlow && item.sep?.some((t) => t.type === 'newline')) return { path: [...path, name], mode: 'key', word: value as CST.FlowScalar, inFlow, siblings: [] };
      return { path, mode: 'value', word: value as CST.FlowScalar, key: name, inFlow, siblings: [] };
    }
    if (within(value, o)) return locate(value ?? undefined, o, [...path, name], inFlow);
  }
  return undefined;
}

/** A character that belongs to a word (a key or a plain value) rather than to YAML's punctuation or spaces. */
const isWord = (c: string | undefined) => c !== undefined && !/[\s,[\]{}#]/.test(c);

/**
 * What `read` finds in a tree, or `none` where the YAML nests so deep that
 * reading it runs out of stack (the package's parser recurses on runs of
 * "- " in a flow map, and so do the walks here on 100,000 "["): check
 * reports yaml-too-deep there, and completion and hover have nothing to say.
 */
function shallow<T>(read: () => T, none: T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof RangeError) return none;
    throw e;
  }
}

/** Where `position` is, or undefined outside the front matter, inside a block of text, or where the YAML cannot say. */
export function cursorAt(text: string, position: Position): Cursor | undefined {
  return shallow(() => cursorIn(text, position), undefined);
}

function cursorIn(text: string, position: Position): Cursor | undefined {
  const place = yamlOf(text);
  if (!place) return undefined;
  let lineStart = 0;
  for (let i = 0; i < position.line && lineStart >= 0; i++) lineStart = nextLine(text, lineStart);
  if (lineStart < place.yamlStart) return undefined;
  // A character past the line's end is at its end (as the protocol says).
  const lineEnd = nextLine(text, lineStart);
  const lineLength = (lineEnd < 0 ? text.length : lineEnd - (text[lineEnd - 2] === '\r' && text[lineEnd - 1] === '\n' ? 2 : 1)) - lineStart;
  const o = lineStart + Math.min(Math.max(0, position.character), lineLength) - place.yamlStart;
  const { yaml } = place;
  if (o > yaml.length) return undefined;
  const blank = !isWord(yaml[o - 1]) && !isWord(yaml[o]);
  const doc = documentOf(blank ? `${yaml.slice(0, o)}x${yaml.slice(o)}` : yaml);
  const found = locate(doc?.value, o, [], false);
  if (!found) return undefined;
  const column = lineStart - place.yamlStart;
  const start = Math.max(0, found.word.offset - column);
  const end = endOf(found.word) - (blank ? 1 : 0) - column;
  const typed = blank ? '' : yaml.slice(Math.max(found.word.offset, column), o);
  const value = found.mode === 'value' && !blank ? textOf(found.word) : undefined;
  return { path: found.path, mode: found.mode, key: found.key, value, start, end, typed, blank, inFlow: found.inFlow, siblings: found.siblings };
}

/** Where the line after the one starting at `from` starts (-1 after the last). */
function nextLine(text: string, from: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = from;
  const found = m.exec(text);
  return found ? found.index + found[0].length : -1;
}

/** The top-level map of the front matter: its keys and their value tokens. */
function topLevel(text: string): Map<string, CST.Token | undefined> {
  const out = new Map<string, CST.Token | undefined>();
  const place = yamlOf(text);
  const map = place && shallow(() => documentOf(place.yaml)?.value, undefined);
  if (map?.type !== 'block-map') return out;
  for (const item of map.items) {
    const key = textOf(item.key ?? undefined);
    if (key !== undefined && !out.has(key)) out.set(key, item.value ?? undefined);
  }
  return out;
}

/** The keys written directly under a top-level key (`audiences:` → the audience ids). */
export function keysUnder(text: string, top: string): string[] {
  const value = topLevel(text).get(top);
  if (value?.type !== 'block-map' && value?.type !== 'flow-collection') return [];
  return (value.items as Item[]).flatMap((i) => textOf(i.key ?? undefined) ?? []);
}

/** A top-level key's value as read (a text, not a list or a map). */
export function topValue(text: string, key: string): string | undefined {
  return textOf(topLevel(text).get(key));
}

/** Where the value of a line's key starts (`title: Del 1: Innledning` → 7), the line read by itself; undefined for a line without a key and a value. */
export function valueColumn(line: string): number | undefined {
  let node = shallow(() => documentOf(line)?.value, undefined);
  while (node?.type === 'block-seq') node = node.items[0]?.value;
  if (node?.type !== 'block-map') return undefined;
  const item = node.items[0];
  return item?.value && item.sep?.some((t) => t.type === 'map-value-ind') ? item.value.offset : undefined;
}
