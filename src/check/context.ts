/**
 * What a rule sees: the gathering, the options, the source text (to place
 * findings inside strings), the day plans (computed once, on first use),
 * and the shared ways of naming items, times and dates in messages.
 */
import type { Point, Span } from '../base/diagnostics/diagnostic.js';
import type { FullDate, Gathering, Item } from '../model/gathering.js';
import { type SourceRecord, sourceOf } from '../model/location.js';
import type { Slot } from '../model/timeline.js';
import { formatTime, isoOf } from '../base/calendar-date.js';
import { quote, say, sayList } from '../base/messages/index.js';
import type { Finding } from './rule.js';
import { planDays, type DayPlan } from './schedule.js';
import { own } from '../base/own.js';

export interface Today {
  year: number;
  month: number;
  day: number;
}

/** Why the image at `path` (relative to the folder `base`) cannot be shown, or undefined when it can. */
/** The bytes an image the body names puts into the page, or why it cannot be shown. */
export type ImageProbe = (path: string, base: string) => { bytes: number } | { message: string; hint?: string };

export class Context {
  readonly gathering: Gathering;
  readonly today?: Today;
  /** The source as the parser recorded it (its text, where the body starts, its lines): absent for a gathering made otherwise. */
  readonly recorded?: SourceRecord;
  /** The file's text, when the parser recorded it; positions inside strings come from it. */
  readonly source?: string;
  /** What rendering would make of an image path (relative to a folder): the pipeline's probe; absent, images are not judged. */
  readonly probeImage?: ImageProbe;
  readonly findings: Finding[] = [];
  private plansCache?: DayPlan[];
  /**
   * What rules derive from the gathering and share (texts.ts), by the
   * function that derives it. Kept here rather than in a module's WeakMap
   * keyed by the context: V8's young-generation collector keeps every value
   * of an old WeakMap alive, so each file's texts, model and source text
   * outlived their check and was copied and promoted (22 % of all
   * allocation survived a scavenge, 6 % now; docs/performance.md).
   */
  private readonly memos = new Map<(context: Context) => unknown, unknown>();

  constructor(gathering: Gathering, options: { today?: Today; probeImage?: ImageProbe }) {
    this.gathering = gathering;
    this.probeImage = options.probeImage;
    this.today = options.today;
    this.recorded = sourceOf(gathering);
    this.source = this.recorded?.text;
  }

  /** `derive(this)`, worked out once per context. */
  memo<T>(derive: (context: Context) => T): T {
    if (!this.memos.has(derive)) this.memos.set(derive, derive(this));
    return this.memos.get(derive) as T;
  }

  report(finding: Finding): void {
    this.findings.push(finding);
  }

  get plans(): DayPlan[] {
    return (this.plansCache ??= planDays(this.gathering));
  }

  /** The declared audience ids, in the order written. */
  get audienceIds(): string[] {
    return Object.keys(this.gathering.audiences ?? {});
  }

  /** An audience as a reader knows it: its label, and the id the source uses. */
  audience(id: string): string {
    const a = own(this.gathering.audiences, id);
    return a && a.label !== id ? `${a.label} (${id})` : id;
  }

  /** A time of day as the language writes it: 09.30, or 09:30 in English. */
  clock(minutes: number): string {
    return formatTime(Math.round(minutes), this.gathering.language === 'en' ? ':' : '.');
  }

  range(start: number | undefined, end: number | undefined): string {
    if (start === undefined) return say('when.untimed');
    return end === undefined || end === start ? this.clock(start) : `${this.clock(start)}–${this.clock(end)}`;
  }

  /** When a programme entry runs, for a message: its times, or the block it belongs to. */
  when(slot: Slot): string {
    if (slot.open) return say('when.open', { time: this.clock(slot.start!) });
    if (!slot.timed) {
      if (slot.follows?.start !== undefined) return say('when.block', { time: this.clock(slot.follows.start) });
      if (slot.start !== undefined) return say('when.block-before', { time: this.clock(slot.end ?? slot.start) });
      return say('when.untimed');
    }
    // A start time alone after the day's hours end has no end of its own to show.
    if (!slot.explicitEnd && slot.end !== undefined && slot.start !== undefined && slot.end < slot.start) return this.clock(slot.start);
    return this.range(slot.start, slot.end);
  }

  /** Where the day is, for messages about a gathering of several days (" on 2019-08-16"); '' for a gathering of one day. */
  dayLabel(index: number): string {
    return this.gathering.days.length > 1 ? say('day.on', { date: isoOf(this.gathering.days[index].date) }) : '';
  }

  /** A length of time: "15 minutes", "2 hours", "2 h 10 min". */
  duration(minutes: number): string {
    if (minutes % 60 === 0) return say('duration.hours', { hours: minutes / 60 });
    if (minutes > 90) return say('duration.hours-minutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
    return say('duration.minutes', { minutes });
  }

  /** A date as the author typed it, with the year when the author left it out. */
  date(d: FullDate): string {
    return d.yearInferred ? `${d.text} (${d.year})` : d.text;
  }

  // ---- positions inside the source text

  /** The file position of a character offset (needs `source`), from the lines the parser indexed. */
  point(offset: number): Point {
    return this.recorded ? this.recorded.point(offset) : { line: 1, column: offset + 1, offset };
  }

  spanAt(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }
}

/** An item's title in the language's quotes, shortened for a one-line message; a set without a title as the language calls it. */
export function titled(item: Item | undefined): string {
  if (item?.title === undefined) return say('item.parallel-set');
  return quoted(item.title);
}

/** A text the author wrote, in the language's quotes ("…", «…», »…«, ”…”), shortened for a one-line message. */
export function quoted(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return quote(short);
}

/** "a", "a and b", "a, b and c", in the language's words. */
export function listing(words: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return sayList(words, type);
}
