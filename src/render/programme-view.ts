/**
 * The programme as rows to print, read through the timeline (effective
 * starts and ends, untimed rows following the row above).
 *
 * In an audience's invitation only the rows for that audience are kept
 * (a row with no `for` is for everyone present), from the time it joins
 * until it leaves. A row that follows a row left out shows its block's start.
 *
 * The audience column is written as the seeds write it: a timed row that
 * names its audiences prints them; otherwise a row prints who is there only
 * when that changes from the row above ("Alle" at lunch when the principals
 * have joined), and stays blank while it is the same.
 */
import { formatDate, formatHours, formatList, formatSlot } from '../base/i18n/index.js';
import { formatTime } from '../base/calendar-date.js';
import type { Day, Gathering } from '../model/gathering.js';
import { presenceOf } from '../model/presence.js';
import { timeline, type Slot } from '../model/timeline.js';
import { pointsOf, venueFields, type FieldContext } from './fields.js';
import { markdownToHtml } from './markdown.js';
import type { DayView, RowView, TableView } from './view-types.js';
import { own } from '../base/own.js';
import { dayLabel } from './when-view.js';

export interface ProgrammeContext extends FieldContext {
  /** The audience id of an audience's invitation. */
  audience?: string;
}

/** The days of the invitation; an audience's leaves out the days it has nothing on (absent, or no row for it). */
export function dayViews(g: Gathering, ctx: ProgrammeContext): DayView[] {
  const days = g.days.map((day, i) => dayView(g, day, i, ctx));
  return ctx.audience === undefined ? days : days.filter((d) => d.rows.length > 0);
}

function dayView(g: Gathering, day: Day, index: number, ctx: ProgrammeContext): DayView {
  const { cat, separator } = ctx;
  const date = formatDate(day.date, cat);
  const heading = `${dayLabel(g, index, cat)} – ${date}`;
  // A page a programme continues on names its day, one day's too: by its date, which the masthead gives on the first page.
  const label = g.days.length > 1 ? `${heading}${day.title ? `: ${day.title}` : ''}` : `${date}${day.title ? `: ${day.title}` : ''}`;
  return {
    heading,
    title: day.title,
    label,
    continued: `${label} ${cat.labels.continued}`,
    date,
    hours: day.hours ? formatHours(day.hours, cat, separator) : undefined,
    ...venueFields(day.venue),
    ...rowsAndTables(g, timeline(day, index), ctx, label),
  };
}

function rowsAndTables(g: Gathering, slots: Slot[], ctx: ProgrammeContext, label: string): { rows: RowView[]; tables: TableView[] } {
  const printed = shown(slots, g, ctx.audience).filter((slot) => !untitledSet(slot));
  const dayRows = keepTogether(rows(g, printed, ctx), printed);
  return { rows: dayRows, tables: tablesOf(dayRows, printed, label) };
}

/** The parallel set a row runs in, if any. */
function setOf(slot: Slot): Slot | undefined {
  for (let p = slot.parent; p; p = p.parent) if (p.container === 'parallel') return p;
  return undefined;
}

/**
 * Rows a page must not part: a part's or a set's title row and the two
 * rows after it; the rows of one parallel set; the first three rows of a
 * day and the last four, and the last four of each part's table (a part
 * within a part's too): no page
 * holds a lone row or two of a day at its foot, nor a tail of fewer than
 * four rows of a day or a part carried over from the page before.
 */
function keepTogether(rows: RowView[], slots: Slot[]): RowView[] {
  const n = rows.length;
  // Where the part a row is in ends: its table's last row is the one before.
  const partEnd = rows.map((_, i) => rows.findIndex((r, j) => j > i && r.depth === 0));
  let partRun = 0;
  rows.forEach((row, i) => {
    const next = slots[i + 1];
    const set = setOf(slots[i]);
    const sameSet = next !== undefined && set !== undefined && setOf(next) === set;
    if (slots[i].container !== undefined) partRun = 2;
    else if (partRun > 0) partRun--;
    const inside = next !== undefined && rows[i + 1].depth > 0;
    row.keepWithNext = next !== undefined && (slots[i].container !== undefined || sameSet || i < 2 || (partRun > 0 && inside));
    const end = partEnd[i] < 0 ? n : partEnd[i];
    row.keepWithPrevious = (i > 0 && i >= n - 3) || (row.depth > 0 && i >= end - 3) || i >= innerEnd(slots, i) - 3;
  });
  return rows;
}

/** Where the innermost part within a part that a row sits in ends (its table's last row is the one before); past the day for none. */
function innerEnd(slots: Slot[], i: number): number {
  const parts = partsAround(slots[i]);
  if (parts.length < 2) return Number.POSITIVE_INFINITY;
  const inner = parts[parts.length - 1];
  let j = i + 1;
  while (j < slots.length && titledAround(slots[j]).includes(inner)) j++;
  return j;
}

/**
 * The day's rows as the tables a page prints: a table for each part outside
 * a parallel set (a set is kept on one page), headed by the part's row
 * (which a page it continues on repeats, so that every page names its
 * part), and one for each run of rows between parts. A table's label, over
 * it, names the day and the parts around its rows that its head does not
 * show: a part within a part is headed by its own row under the label
 * "Dag 1 – … · Del 2", and the rows of "Del 2" after it by that label.
 */
function tablesOf(rows: RowView[], slots: Slot[], label: string): TableView[] {
  const tables: (TableView & { within: Slot[] })[] = [];
  let current: (typeof tables)[number] | undefined;
  rows.forEach((row, i) => {
    const slot = slots[i];
    const part = slot.container === 'part' && setOf(slot) === undefined;
    const within = part ? [...partsAround(slot), slot] : partsAround(slot);
    if (!current || part || !same(within, current.within)) {
      const before = tables[tables.length - 1];
      const lastBefore = before?.rows[before.rows.length - 1] ?? before?.part;
      const trail = titledAround(slot).filter((p) => p.item.title !== undefined);
      current = {
        part: part ? row : undefined,
        rows: [],
        first: tables.length === 0,
        keepWithPrevious: row.keepWithPrevious || !!lastBefore?.keepWithNext,
        label: [label, ...trail.map((p) => p.item.title)].join(' · '),
        within,
      };
      tables.push(current);
      if (part) return;
    }
    current.rows.push(row);
  });
  return tables.map(({ within: _, ...table }) => table);
}

/** The parts around an entry that head tables of their own, outermost first. */
function partsAround(slot: Slot): Slot[] {
  return titledAround(slot).filter((p) => p.container === 'part' && setOf(p) === undefined);
}

/** The parts and sets around an entry, outermost first. */
function titledAround(slot: Slot): Slot[] {
  const around: Slot[] = [];
  for (let p = slot.parent; p; p = p.parent) around.unshift(p);
  return around;
}

const same = (a: Slot[], b: Slot[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** A parallel set with no title of its own prints no row: its members carry its time. */
function untitledSet(slot: Slot | undefined): boolean {
  return slot !== undefined && slot.container === 'parallel' && slot.item.title === undefined;
}

/** Nesting as printed: a level for each part or titled set around the row. */
function depthOf(slot: Slot): number {
  let depth = 0;
  for (let p = slot.parent; p; p = p.parent) if (!untitledSet(p)) depth++;
  return depth;
}

/** The time a row prints: its own; a member of an untitled set, the set's; a block's first row, the block's start. */
function timeOf(slot: Slot, fresh: boolean, ctx: ProgrammeContext): string {
  const { cat, separator } = ctx;
  if (slot.toCome) return cat.labels.timeToCome;
  if (slot.timed && slot.item.time) return formatSlot(slot.item.time, cat, separator);
  const set = slot.parallel?.set;
  if (set && untitledSet(set)) {
    if (set.item.time) return formatSlot(set.item.time, cat, separator);
    if (set.start !== undefined) return formatTime(set.start, separator);
  }
  return fresh && slot.start !== undefined ? formatTime(slot.start, separator) : '';
}

function inWindow(slot: Slot, who: { from?: number; until?: number }): boolean {
  if (slot.start === undefined) return true;
  if (who.from !== undefined && slot.start < who.from && !(slot.end !== undefined && slot.end > who.from)) return false;
  if (who.until !== undefined && slot.start >= who.until) return false;
  return true;
}

/** The slots an audience's invitation shows; a part or parallel set when one of its entries is shown. */
export function shown(slots: Slot[], g: Gathering, audience: string | undefined): Slot[] {
  if (audience === undefined) return slots;
  const who = presenceOf(g, audience, slots[0]?.day ?? 0)!;
  if (who.absent) return [];
  const leafShown = (s: Slot) => (s.audiences === undefined || s.audiences.includes(audience)) && inWindow(s, who);
  const keep = new Set(slots.filter((s) => !s.container && leafShown(s)));
  for (const s of [...keep]) for (let p = s.parent; p; p = p.parent) keep.add(p);
  return slots.filter((s) => keep.has(s));
}

/** Audience ids there at a time of a day: all of them, less those not yet come or gone. */
function present(g: Gathering, day: number, at: number | undefined): string[] {
  return Object.keys(g.audiences ?? {}).filter((id) => {
    const a = presenceOf(g, id, day)!;
    if (a.absent) return false;
    return at === undefined || ((a.from === undefined || a.from <= at) && (a.until === undefined || at < a.until));
  });
}

function rows(g: Gathering, slots: Slot[], ctx: ProgrammeContext): RowView[] {
  const { cat, md } = ctx;
  const all = Object.keys(g.audiences ?? {});
  const label = (id: string) => own(g.audiences, id)?.label ?? id;
  let previousSet: string | undefined;
  let previousBlock: Slot | undefined;
  let who = '';
  return slots.map((slot, i): RowView => {
    const item = slot.item;
    const block = slot.timed ? slot : slot.follows;
    const time = timeOf(slot, block !== undefined && block !== previousBlock, ctx);
    previousBlock = block ?? previousBlock;

    const ids = slot.audiences ?? present(g, slot.day, slot.start);
    const set = [...ids].sort().join(' ');
    const named = all.length > 0 && (i === 0 || set !== previousSet || (slot.timed && item.for !== undefined));
    // A repeat says what the row it repeats says.
    if (named) who = slot.audiences === undefined && ids.length === all.length ? cat.labels.all : formatList(ids.map(label), cat);
    const audience = named ? who : '';
    previousSet = set;

    const kind = slot.container ?? item.kind ?? 'session';
    return {
      time,
      title: item.title ?? '',
      lead: item.lead?.length ? formatList(item.lead, cat) : undefined,
      kind,
      italic: kind === 'break' || kind === 'meal',
      details: item.details ? markdownToHtml(item.details, md) : undefined,
      points: pointsOf(item.points),
      audience,
      who,
      ...venueFields(item.venue),
      depth: depthOf(slot),
      point: slot.point,
      toCome: slot.toCome,
      keepWithNext: false,
      keepWithPrevious: false,
    };
  });
}

/** Whether any programme entry of the gathering has a time (else it is an agenda, a list of points). */
export function hasTimes(g: Gathering): boolean {
  return g.days.some((d) => timeline(d).some((s) => s.timed || s.toCome));
}
