/**
 * Source text → Gathering. Parse errors stop the file: a gathering comes
 * back only when the front matter is valid YAML and matches the schema.
 */
import type { Root } from 'mdast';
import { quote, say } from '../base/messages/index.js';
import type { Code } from '../base/diagnostics/codes.js';
import type { Diagnostic, Span } from '../base/diagnostics/diagnostic.js';
import type { Day, FrontMatter, FullDate, Gathering, Item } from '../model/gathering.js';
import { spanOf } from '../model/gathering.js';
import { catalogue } from '../base/i18n/index.js';
import { inheritedHours } from '../model/day-hours.js';
import { readNight } from '../model/night.js';
import { kindFromTitle } from '../model/item-kinds.js';
import { sideOf, yearFor, type Side } from '../model/year-less.js';
import { locationOf, setLocation, setSource } from '../model/location.js';
import { type FrontMatterPlace, frontMatterOf, SourceText } from './source-text.js';
import { parseMarkdown } from './markdown-body.js';
import { FrontMatter as FrontMatterSchema } from '../model/schema.js';
import { MAX_MARKDOWN_DEPTH, MAX_PARAGRAPH_MARKS, markdownDepth, markdownMarks, sourceLimits, yamlSize } from '../model/limits.js';
import { readYaml } from './yaml/read-yaml.js';
import type { WrittenDate } from '../model/values.js';
import { dayNumber, daysInMonth, isoOf } from '../base/calendar-date.js';

export interface ParseResult {
  /** The gathering, when the source has no error: what renders. */
  gathering?: Gathering;
  diagnostics: Diagnostic[];
  /**
   * When the front matter has errors only in values that could be left
   * out (a `kind: lunch`, an unknown key): the gathering without them,
   * for the rules to look at in the same run; and the blocks a value was
   * left out of. Never rendered.
   */
  partial?: { gathering: Gathering; unread: Span[] };
}

const at = (line: number, column: number, offset: number): Span => ({
  start: { line, column, offset },
  end: { line, column, offset },
});

export function parseSource(input: string, file: string): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const place = frontMatterOf(text);
  if (place === undefined || place === 'unclosed') {
    const unclosed = place === 'unclosed';
    return {
      diagnostics: [
        {
          file,
          code: unclosed ? 'front-matter-unclosed' : 'front-matter-missing',
          severity: 'error',
          span: at(1, 1, 0),
          message: unclosed ? say('front-matter-unclosed.message') : say('front-matter-missing.message'),
          hint: unclosed ? say('front-matter-unclosed.hint') : say('front-matter-missing.hint'),
        },
      ],
    };
  }
  return readFrontMatter(place, new SourceText(text, place.bodyStart), file);
}

/**
 * `gathering.body` is one getter for every gathering, reading the file's own
 * body from a symbol: a getter made per file would give each gathering an
 * object shape of its own, and every rule reading a gathering would then
 * take V8's slowest property lookups.
 */
const BODY = Symbol('body');

/** The body of one source: the text to parse it from, and its tree once parsed. */
interface LazyBody {
  text: string;
  /** Where the front matter ends: the body starts here. */
  end: number;
  tree?: Root;
}

function readBody(this: { [BODY]: LazyBody }): Root {
  const body = this[BODY];
  return (body.tree ??= parseBody(body.text, body.end));
}

function withBody<T extends object>(target: T, body: LazyBody): T {
  Object.defineProperty(target, BODY, { value: body });
  Object.defineProperty(target, 'body', { get: readBody, enumerable: true, configurable: true });
  return target;
}

/**
 * A gathering as plain data, to send to another thread (structured clone):
 * its fields, and the body as its tree when something has read it, else as
 * the text to read it from, so that it is parsed once, where it is first
 * needed. Where each value was written (its Location) stays behind: what
 * renders a gathering never asks.
 */
export interface PortableGathering {
  fields: Omit<Gathering, 'body'>;
  body: LazyBody;
}

export function portableGathering(g: Gathering): PortableGathering {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(g)) if (key !== 'body') fields[key] = (g as unknown as Record<string, unknown>)[key];
  const body = (g as unknown as { [BODY]: LazyBody })[BODY];
  return { fields: fields as Omit<Gathering, 'body'>, body: body.tree ? { text: '', end: 0, tree: body.tree } : body };
}

/** The gathering again, from its portable form: the body is parsed on first read, as after parseSource. */
export function reviveGathering(p: PortableGathering): Gathering {
  return withBody(p.fields, p.body) as Gathering;
}

/**
 * The body's tree, with file positions. The Markdown parser costs by the
 * character, and the front matter is often most of the file: it is handed
 * over as its line breaks alone (so lines and columns stay those of the
 * file), and the offsets are put back afterwards.
 */
export function parseBody(text: string, frontMatterEnd: number): Root {
  // Checked sources never get here too deep or too marked (sourceLimits); a body read without a check must not overflow.
  const body = text.slice(frontMatterEnd);
  if (markdownDepth(body).depth > MAX_MARKDOWN_DEPTH) throw new RangeError(`the body nests lists and quotes more than ${MAX_MARKDOWN_DEPTH} levels deep`);
  const { marks } = markdownMarks(body);
  if (marks > MAX_PARAGRAPH_MARKS) throw new RangeError(say('render.markdown-marks', { marks, max: MAX_PARAGRAPH_MARKS }));
  const head = text.slice(0, frontMatterEnd);
  const breaks = head.replace(/\r\n|\r|\n|[^\r\n]+/g, (m) => (m === '\r\n' || m === '\r' || m === '\n' ? '\n' : ''));
  const shift = head.length - breaks.length;
  const tree = parseMarkdown(breaks + body);
  if (shift) {
    const move = (node: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
      if (node.position) {
        if (node.position.start.offset !== undefined) node.position.start.offset += shift;
        if (node.position.end.offset !== undefined) node.position.end.offset += shift;
      }
      if (node.children) for (const child of node.children) move(child as typeof node);
    };
    for (const child of tree.children) move(child);
    if (tree.position?.end.offset !== undefined) tree.position.end.offset += shift;
  }
  return tree;
}

function readFrontMatter(place: FrontMatterPlace, source: SourceText, file: string): ParseResult {
  const { text } = source;
  const end = source.point(place.closeEnd);
  const whole: Span = { start: { line: 1, column: 1, offset: 0 }, end };
  const size = yamlSize(place.yaml, 'front-matter');
  if (size)
    return {
      diagnostics: [
        { file, code: 'front-matter-too-large', severity: 'error', span: whole, message: say('front-matter-too-large.message', size), hint: say('front-matter-too-large.hint') },
      ],
    };
  const read = readYaml(place.yaml, { file, offset: place.yamlStart, lineOffset: 1, whole, lines: source.lines }, FrontMatterSchema);
  if (!read.value) return read.partial ? partly(read.partial, source, end.offset, whole, file, read.diagnostics) : { diagnostics: read.diagnostics };
  // Limits are errors: a source over them gets no gathering, so nothing renders it.
  read.diagnostics.push(...sourceLimits(read.value, source, whole, file));
  const result = shape(read.value as unknown as FrontMatter, file, { text, end: end.offset }, read.diagnostics);
  if (result.gathering) setSource(result.gathering, source);
  return result;
}

/** The gathering without the values the schema refused, when the rest shapes without an error of its own. */
function partly(partial: { value: unknown; unread: Span[] }, source: SourceText, endOffset: number, whole: Span, file: string, diagnostics: Diagnostic[]): ParseResult {
  const limits = sourceLimits(partial.value as never, source, whole, file);
  // What shaping finds in the rest may be the left-out value's doing (an item whose "titel" was left out has no title): not said.
  const shaped = limits.length ? undefined : shape(partial.value as unknown as FrontMatter, file, { text: source.text, end: endOffset }, []).gathering;
  if (shaped) setSource(shaped, source);
  return { diagnostics: [...diagnostics, ...limits], ...(shaped && { partial: { gathering: shaped, unread: partial.unread } }) };
}

/** Checks the schema cannot express, year filling, and the normalised days. */
function shape(fm: FrontMatter, file: string, body: LazyBody, diagnostics: Diagnostic[]): ParseResult {
  const err = (span: Span, code: Code, message: string, hint?: string) => diagnostics.push({ file, severity: 'error', code, span, message, hint });

  const date = fm.date as FullDate;
  for (const deadline of fm.deadlines ?? []) fillYear(deadline.date, date, sideOf(deadline.kind));
  for (const d of fillYears(fm, date)) {
    err(spanOf(d), 'date-invalid', say('date-invalid.leap', { text: quote(d.text), year: d.year }), say('date-invalid.leap.hint'));
  }

  const walk = (items: Item[] | undefined) => {
    for (const item of items ?? []) {
      if (item.title === undefined && item.parallel === undefined) err(spanOf(item), 'item-title-missing', say('item-title-missing.message'), say('item-title-missing.hint'));
      if (item.items && item.parallel) err(spanOf(item), 'item-shape', say('item-shape.message'));
      if (item.time?.toCome) {
        item.toCome = true;
        delete item.time;
      }
      if (item.kind === undefined && item.title !== undefined && !item.items && !item.parallel) {
        const kind = kindFromTitle(item.title, fm.language);
        if (kind) item.kind = kind;
      }
      walk(item.items);
      walk(item.parallel);
    }
  };

  let days: Day[];
  if (fm.days?.length) {
    if (fm.programme) err(spanOf(fm, 'programme'), 'days-and-programme', say('days-and-programme.message'), say('days-and-programme.hint'));
    days = fm.days.map((d) => ({ ...d, hours: d.hours ?? fm.hours, venue: d.venue ?? fm.venue, programme: d.programme ?? [] }) as Day);
    fm.days.forEach((d, i) => setLocation(days[i], locationOf(d)!));
    if (dayNumber(days[0].date) !== dayNumber(date)) {
      err(spanOf(days[0], 'date'), 'days-date', say('days-date.message', { day: isoOf(days[0].date), date: isoOf(date) }), say('days-date.hint'));
    }
  } else {
    days = [{ date, hours: fm.hours, venue: fm.venue, programme: fm.programme ?? [] } as Day];
    setLocation(days[0], locationOf(fm)!);
  }
  for (const day of days) {
    walk(day.programme);
    readNight(day);
  }
  if (days.length > 1 && fm.hours) {
    days.forEach((day, i) => {
      if (fm.days![i].hours) return;
      day.hours = inheritedHours(day, fm.hours);
      day.hoursInherited = day.hours !== undefined;
    });
  }

  const { days: _d, programme: _p, hours: _h, ...rest } = fm;
  const timezone = fm.timezone ?? catalogue(fm.language).timezone;
  const gathering = Object.assign(rest, { file, date, days, timezone }) as unknown as Gathering;
  setLocation(gathering, locationOf(fm)!);
  withBody(gathering, body);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { gathering, diagnostics };
}

/** A day and month without a year: the year year-less.ts chooses; the gathering's when the day exists in none (29.02). */
function fillYear(value: Partial<WrittenDate> & { yearInferred?: boolean }, anchor: FullDate, side: Side): boolean {
  if (value.year !== undefined || value.month === undefined || value.day === undefined) return true;
  const year = yearFor(value.month, value.day, anchor, side);
  value.year = year ?? anchor.year;
  value.yearInferred = true;
  return year !== undefined;
}

/**
 * Every other date without a year ("14.10"): the year nearest the
 * gathering. The schema's output is a tree of fresh objects (zod builds
 * every object and list anew), so a plain walk visits each once.
 */
function fillYears(value: unknown, anchor: FullDate, invalid: FullDate[] = []): FullDate[] {
  if (typeof value !== 'object' || value === null) return invalid;
  if (Array.isArray(value)) {
    for (const v of value) fillYears(v, anchor, invalid);
    return invalid;
  }
  const d = value as Partial<WrittenDate> & { yearInferred?: boolean };
  if (typeof d.month === 'number' && typeof d.day === 'number' && typeof d.text === 'string') {
    if (d.year === undefined && !fillYear(d, anchor, 'nearest')) invalid.push(d as FullDate);
    else if (d.yearInferred && d.day > daysInMonth(d.year, d.month)) invalid.push(d as FullDate);
    return invalid;
  }
  for (const key in value) fillYears((value as Record<string, unknown>)[key], anchor, invalid);
  return invalid;
}
