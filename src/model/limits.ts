/**
 * What a source may ask of the renderer. The Markdown parser's cost grows
 * with the nesting of lists and quotes (200 levels of list take seconds,
 * 800 minutes; 20,000 nested ">" overflow the stack), so nesting, body and
 * page size are checked here, on the text, before anything parses the
 * Markdown: `agenda check` refuses what `build` could not render in good
 * time, and the renderer refuses it again (markdown.ts) if it ever gets it.
 */
import type { Diagnostic, Span } from '../base/diagnostics/diagnostic.js';
import { quote, say } from '../base/messages/index.js';
import { locationOf, type SourceRecord } from './location.js';

/** Lists and quotes within each other; invitations use two or three. */
export const MAX_MARKDOWN_DEPTH = 32;
/**
 * Marks (* _ ~ ` [ ] <) in one paragraph: the Markdown parser pairs a
 * paragraph's marks with each other, at a cost that grows with their number
 * squared. The examples' busiest paragraph has a few dozen.
 */
export const MAX_PARAGRAPH_MARKS = 1_000;
/** Characters of Markdown body: a long invitation has 20,000. */
export const MAX_BODY_CHARS = 200_000;
/** Characters of text on the page, front matter and body together. */
export const MAX_PAGE_CHARS = 500_000;
/** Bytes of front matter, and its lines, read before the YAML is parsed (a long programme has 3,000 lines, 100 KB). */
export const MAX_FRONT_MATTER_BYTES = 512 * 1024;
export const MAX_FRONT_MATTER_LINES = 20_000;
/** Bytes of a source file, looked at before it is read: the front matter's and the body's limits together stay well below. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Bytes and lines of agenda.config.yaml, read before it is parsed (a full one has 60 lines). */
export const MAX_CONFIG_BYTES = 64 * 1024;
export const MAX_CONFIG_LINES = 2_000;
/** Characters of any one text of a source or the config (a title, a footer, one item's details). */
export const MAX_TEXT_CHARS = 20_000;
/** Bytes of the images the body shows, together, each counted every time it is shown (each is put into the page again). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const SPACE = 32;
const TAB = 9;

/**
 * At least the container depth (lists and block quotes) of any line of
 * Markdown, from each line's prefix alone: a line opens containers only
 * with markers (">", "-", "*", "+", "1." or "1)"), and each list level
 * inside another is indented by at least two columns, so markers plus
 * half the indentation bounds the depth the line reaches. Returns the
 * deepest line's estimate, and the offset of the first line over
 * MAX_MARKDOWN_DEPTH (or of the deepest).
 */
export function markdownDepth(text: string): { depth: number; offset: number } {
  let deepest = 0;
  let at = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const depth = lineDepth(text, start, end);
    if (depth > deepest) {
      // The place to show is the first line over the limit, or else the deepest.
      if (deepest <= MAX_MARKDOWN_DEPTH) at = start;
      deepest = depth;
    }
    start = end + 1;
  }
  return { depth: deepest, offset: at };
}

function lineDepth(text: string, start: number, end: number): number {
  let columns = 0;
  let markers = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const next = i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB;
    if (c === SPACE) columns++;
    else if (c === TAB) columns += 4;
    else if (c === 62 /* > */) markers++;
    else if ((c === 45 || c === 42 || c === 43) /* - * + */ && next) markers++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const mark = text.charCodeAt(j);
      if ((mark !== 46 && mark !== 41) || !(j + 1 === end || text.charCodeAt(j + 1) === SPACE || text.charCodeAt(j + 1) === TAB)) break;
      markers++;
      i = j;
    } else break;
    i++;
  }
  if (markers < 3) return markers ? markers + (columns >> 1) : 0;
  // A line of one of -, * or _ and spaces is a thematic break, not a list.
  if (i === end && /^[ \t]*([-*_])(?:[ \t]*\1)+[ \t]*$/.test(text.slice(start, end))) return 0;
  return markers + (columns >> 1);
}

/** The marks MAX_PARAGRAPH_MARKS counts, by character code. */
const MARK = new Uint8Array(128);
for (const c of '*_~`[]<') MARK[c.charCodeAt(0)] = 1;

/**
 * At least the marks of the busiest paragraph of a Markdown text, counted in
 * one pass over the lines: a paragraph is taken to run on until a line that
 * surely ends it (a blank one, or one that starts a list item, a heading or
 * a fence), so the count is never below the parser's. Returns that count and
 * the offset of the first paragraph over MAX_PARAGRAPH_MARKS (or of the
 * busiest).
 */
export function markdownMarks(text: string): { marks: number; offset: number } {
  let most = 0;
  let at = 0;
  let count = 0;
  let paragraph = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const kind = lineStarts(text, start, end);
    if (kind !== 'more') {
      count = 0;
      paragraph = kind === 'blank' ? end + 1 : start;
    }
    if (kind !== 'blank') for (let i = start; i < end; i++) count += MARK[text.charCodeAt(i)] ?? 0;
    if (count > most) {
      if (most <= MAX_PARAGRAPH_MARKS) at = paragraph;
      most = count;
    }
    start = end + 1;
  }
  return { marks: most, offset: at };
}

/**
 * Whether a line surely ends the paragraph before it: 'blank' (spaces and
 * quote marks only), 'new' (it opens a list item, heading or fence, with at
 * most three spaces before each mark), else 'more' (it may go on with it).
 */
function lineStarts(text: string, start: number, end: number): 'blank' | 'new' | 'more' {
  let i = start;
  let columns = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === 13) columns += c === TAB ? 4 : c === SPACE ? 1 : 0;
    else if (c === 62 /* > */ && columns <= 3) columns = 0;
    else break;
  }
  if (i === end) return 'blank';
  if (columns > 3) return 'more';
  const line = text.slice(i, Math.min(end, i + 12));
  if (/^(?:[-*+]|1[.)])[ \t]+\S|^#{1,6}(?:[ \t]|\r?$)|^~~~/.test(line)) return 'new';
  // A backtick fence has no backtick after its opening run.
  if (line.startsWith('```')) {
    let j = i;
    while (j < end && text.charCodeAt(j) === 96) j++;
    if (text.indexOf('`', j) < 0 || text.indexOf('`', j) >= end) return 'new';
  }
  return 'more';
}

/** Bytes of a text in UTF-8, counted without making the bytes. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // One more byte from U+0080, two more from U+0800; a surrogate pair (two units) is four bytes.
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Whether a YAML text (a front matter, the config) is over its size, found before it is parsed: the measure, its limit and the unit. */
export function yamlSize(text: string, kind: 'front-matter' | 'config'): { size: number; max: number; unit: 'bytes' | 'lines' } | undefined {
  const maxBytes = kind === 'config' ? MAX_CONFIG_BYTES : MAX_FRONT_MATTER_BYTES;
  const maxLines = kind === 'config' ? MAX_CONFIG_LINES : MAX_FRONT_MATTER_LINES;
  // A UTF-16 unit is at most three bytes: a short text is not counted.
  const bytes = text.length * 3 <= maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) return { size: bytes, max: maxBytes, unit: 'bytes' };
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines > maxLines ? { size: lines, max: maxLines, unit: 'lines' } : undefined;
}

export interface LimitPlace {
  file: string;
  /** The span to blame. */
  span: Span;
}

/** A text (the body, or a Markdown value of the front matter) nested too deep, as a diagnostic. */
export function depthProblem(text: string, place: LimitPlace, what: string): Diagnostic | undefined {
  const { depth } = markdownDepth(text);
  if (depth <= MAX_MARKDOWN_DEPTH) return undefined;
  return {
    file: place.file,
    code: 'markdown-too-deep',
    severity: 'error',
    span: place.span,
    message: say('markdown-too-deep.message', { what, depth, max: MAX_MARKDOWN_DEPTH }),
    hint: say('markdown-too-deep.hint'),
  };
}

/** A text (the body, or a Markdown value of the front matter) with a paragraph of too many marks, as a diagnostic. */
export function marksProblem(text: string, place: LimitPlace | ((offset: number) => LimitPlace), what: string): Diagnostic | undefined {
  const { marks, offset } = markdownMarks(text);
  if (marks <= MAX_PARAGRAPH_MARKS) return undefined;
  const { file, span } = typeof place === 'function' ? place(offset) : place;
  return {
    file,
    code: 'markdown-too-many-marks',
    severity: 'error',
    span,
    message: say('markdown-too-many-marks.message', { what, marks, max: MAX_PARAGRAPH_MARKS }),
    hint: say('markdown-too-many-marks.hint'),
  };
}

export function sizeProblem(code: 'body-too-large' | 'page-too-large', size: number, place: LimitPlace): Diagnostic | undefined {
  const max = code === 'body-too-large' ? MAX_BODY_CHARS : MAX_PAGE_CHARS;
  if (size <= max) return undefined;
  return {
    file: place.file,
    code,
    severity: 'error',
    span: place.span,
    message: say('too-large.message', { body: code === 'body-too-large' ? 'yes' : 'no', size, max }),
    hint: say('too-large.hint'),
  };
}

/**
 * The limits of a parsed source: every text of the front matter (any may be
 * Markdown) for depth and, with the body, for the page's size; the body for
 * its size and depth. Spans are worked out only for a problem found.
 */
export function sourceLimits(frontMatter: object, source: SourceRecord, whole: Span, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let total = 0;
  const stack: { value: unknown; owner: object; key?: string; index?: number }[] = [{ value: frontMatter, owner: frontMatter }];
  while (stack.length) {
    const { value, owner, key, index } = stack.pop()!;
    if (typeof value === 'string') {
      total += value.length;
      if (value.length > MAX_TEXT_CHARS) {
        out.push(textTooLong(value.length, { file, span: (key !== undefined ? ownSpanOf(owner, key, index) : undefined) ?? whole }, key));
        continue;
      }
      const place = { file, span: (key !== undefined ? ownSpanOf(owner, key, index) : undefined) ?? whole };
      const problem = depthProblem(value, place, quote(String(key))) ?? marksProblem(value, place, quote(String(key)));
      if (problem) out.push(problem);
    } else if (Array.isArray(value)) {
      // A list's texts are placed by the list's owner and key; the objects in it have locations of their own.
      value.forEach((v, i) => stack.push({ value: v, owner, key, index: i }));
    } else if (typeof value === 'object' && value !== null) {
      for (const k of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[k], owner: value, key: k });
    }
  }
  const { text, bodyStart } = source;
  const body = text.slice(bodyStart);
  const bodyPlace = (offset: number): LimitPlace => {
    const point = source.point(bodyStart + offset);
    return { file, span: { start: point, end: point } };
  };
  const tooLarge = sizeProblem('body-too-large', body.length, bodyPlace(0));
  if (tooLarge) return [...out, tooLarge];
  const { offset } = markdownDepth(body);
  const deep = depthProblem(body, bodyPlace(offset), 'body');
  if (deep) out.push(deep);
  const marked = marksProblem(body, bodyPlace, 'body');
  if (marked) out.push(marked);
  const page = sizeProblem('page-too-large', total + body.length, { file, span: whole });
  if (page) out.push(page);
  return out;
}

/** A text over MAX_TEXT_CHARS. */
export function textTooLong(length: number, place: LimitPlace, key: string | undefined): Diagnostic {
  return {
    file: place.file,
    code: 'text-too-long',
    severity: 'error',
    span: place.span,
    message: say('text-too-long.message', { key: key ?? '', length, max: MAX_TEXT_CHARS }),
    hint: say('text-too-long.hint'),
  };
}

/** The texts over MAX_TEXT_CHARS in a value read from YAML (the config's), at their places. */
export function longTexts(value: unknown, file: string, whole: Span): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: { value: unknown; owner?: object; key?: string; index?: number }[] = [{ value }];
  while (stack.length) {
    const { value, owner, key, index } = stack.pop()!;
    if (typeof value === 'string' && value.length > MAX_TEXT_CHARS) {
      out.push(textTooLong(value.length, { file, span: (owner && key !== undefined ? ownSpanOf(owner, key, index) : undefined) ?? whole }, key));
    } else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, owner, key, index: i }));
    else if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[k], owner: value, key: k });
  }
  return out;
}

function ownSpanOf(owner: object, key: string, index: number | undefined): Span | undefined {
  const location = locationOf(owner);
  return location?.field(key, index) ?? location?.span;
}
