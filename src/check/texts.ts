/**
 * The written text of a source, with positions: every string of the front
 * matter (titles, details, facts, points …) and the Markdown body. Rules
 * that look inside text (weekdays next to dates, links) read it from here.
 *
 * With the source text, a front-matter string is scanned as it stands in the
 * file (the span of its YAML node), so a phrase is placed exactly even in a
 * folded block; the body is scanned as source with code blanked out.
 * Without it, strings are scanned as values and placed at their node, and
 * the body's text nodes are scanned in the Markdown tree.
 */
import type { Fix, Span } from '../base/diagnostics/diagnostic.js';
import type { Located } from '../model/gathering.js';
import { spanOf } from '../model/gathering.js';
import { locationOf, spanOfPosition } from '../model/location.js';
import { SKIP, visit } from 'unist-util-visit';
import type { Context } from './context.js';
import { weekdayName } from './calendar-words.js';

export interface Text {
  /** The text to scan: the source slice where the source is known, else the value. */
  text: string;
  /** Offset of `text` in the file, when `exact`. */
  offset: number;
  /** Positions inside `text` are file positions (offset + index). */
  exact: boolean;
  /** The span of the whole value, for findings when not `exact`. */
  span: Span;
  /** The front-matter object and key the string belongs to; absent for the body. */
  owner?: Located;
  key?: string;
}

/** Keys whose strings are identifiers, codes or typed values, not prose. */
const NOT_PROSE = new Set(['for', 'kind', 'language', 'timezone', 'template', 'rules', 'date', 'time', 'hours', 'from', 'until']);

/** Every string value of the front matter, once each. */
export function frontMatterStrings(context: Context): Text[] {
  return context.memo(collectStrings);
}

/** The Markdown body as one text, with fenced and inline code blanked out (positions kept). */
export function bodyText(context: Context): Text[] {
  return context.memo(collectBody);
}

function collectStrings(context: Context): Text[] {
  const { gathering, source } = context;
  const out: Text[] = [];
  const seen = new Set<object>();
  const emit = (owner: Located, key: string, value: string, index?: number) => {
    const span = spanOf(owner, key, index);
    const slice = source && span.end.offset > span.start.offset ? source.slice(span.start.offset, span.end.offset) : undefined;
    // A double-quoted YAML string with escapes (`\\`, `\u0061`) says something else than its letters: it is read as its value.
    if (slice !== undefined && !(slice.startsWith('"') && slice.includes('\\'))) {
      out.push({ text: slice, offset: span.start.offset, exact: true, span, owner, key });
    } else {
      out.push({ text: value, offset: span.start.offset, exact: false, span, owner, key });
    }
  };
  const walk = (owner: Located, keys: readonly string[]) => {
    if (seen.has(owner)) return;
    seen.add(owner);
    for (const key of keys) {
      if (NOT_PROSE.has(key)) continue;
      const value = (owner as unknown as Record<string, unknown>)[key];
      if (typeof value === 'string') emit(owner, key, value);
      else if (Array.isArray(value)) {
        value.forEach((v, i) => {
          if (typeof v === 'string') emit(owner, key, v, i);
          else if (isLocated(v)) walk(v, Object.keys(v));
        });
      } else if (isLocated(value)) walk(value, Object.keys(value));
    }
  };
  walk(
    gathering,
    Object.keys(gathering).filter((k) => k !== 'body' && k !== 'file' && k !== 'days'),
  );
  for (const day of gathering.days) walk(day, ['title', 'venue', 'programme']);
  return out;
}

/** A located object that is not a date or time value (those keep the typed text in `text`). */
function isLocated(v: unknown): v is Located {
  return locationOf(v) !== undefined && !('month' in (v as object) || 'start' in (v as object));
}

function collectBody(context: Context): Text[] {
  const { gathering, source } = context;
  if (source) {
    const start = context.recorded!.bodyStart;
    const text = blankCode(source.slice(start));
    // The span (lines and columns of the whole body) only when asked: findings inside an exact text need offsets alone.
    return [
      {
        text,
        offset: start,
        exact: true,
        get span() {
          return context.spanAt(start, source.length);
        },
      },
    ];
  }
  const out: Text[] = [];
  visit(gathering.body, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    const span = node.type === 'text' ? spanOfPosition(node.position) : undefined;
    if (node.type === 'text' && span) out.push({ text: node.value, offset: span.start.offset, exact: false, span });
  });
  return out;
}

/** Fenced code blocks and `inline code` become spaces, so nothing in them is read as prose or links. */
function blankCode(text: string): string {
  // Code needs a backtick or a ~~~ fence; most bodies have neither.
  if (!text.includes('`') && !text.includes('~~~')) return text;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[^\n]*$|(?![\s\S]))/gm, blank).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/** Where a match at `index` of a text is, as a span of `length` characters. */
export function spanIn(context: Context, t: Text, index: number, length: number): Span {
  return t.exact ? context.spanAt(t.offset + index, t.offset + index + length) : t.span;
}

/**
 * A fix that writes `text` over `span`, when the source there is `expected`
 * (bare or quoted): a span that fell back to a wider node gets no fix.
 */
export function fixAt(context: Context, span: Span, expected: string, text: string): Fix | undefined {
  const src = context.source?.slice(span.start.offset, span.end.offset);
  if (src === undefined) return undefined;
  if (src === expected) return { span, text };
  if (src === `"${expected}"` || src === `'${expected}'`) return { span, text: `${src[0]}${text}${src[0]}` };
  return undefined;
}

/** The weekday `word` at `index` of a text written as the right one, when the text is placed exactly. */
export function weekdayFix(context: Context, t: Text, index: number, word: string, actual: number): Fix | undefined {
  if (!t.exact) return undefined;
  return { span: context.spanAt(t.offset + index, t.offset + index + word.length), text: weekdayName(actual, word) };
}
