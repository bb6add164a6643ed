/**
 * What a calendar event says besides its title: for a day, the subtitle
 * and the programme in short (times and titles as the invitation prints
 * them, in the gathering's language, for the view's audience), then the
 * invitation's address where `link:` is configured. A reader who opens
 * the event in a calendar sees the day at a glance and can follow the link.
 */
import { formatSlot, type Catalogue } from '../../base/i18n/index.js';
import type { Day, Gathering } from '../../model/gathering.js';
import { timeline, type Slot } from '../../model/timeline.js';
import { shown } from '../programme-view.js';

export interface DescriptionContext {
  cat: Catalogue;
  separator: '.' | ':';
  audience?: string;
  url?: string;
}

function depthOf(slot: Slot): number {
  let depth = 0;
  for (let p = slot.parent; p; p = p.parent) depth++;
  return depth;
}

/** One line per entry: its time where it has one, its title, indented under its part or parallel set. */
export function programmeInShort(g: Gathering, day: Day, index: number, ctx: DescriptionContext): string[] {
  const lines: string[] = [];
  for (const slot of shown(timeline(day, index), g, ctx.audience)) {
    const title = slot.item.title;
    if (!title) continue;
    const time = slot.timed && slot.item.time ? formatSlot(slot.item.time, ctx.cat, ctx.separator) : undefined;
    const toCome = slot.toCome ? ` (${ctx.cat.labels.timeToCome.toLocaleLowerCase(ctx.cat.locale)})` : '';
    lines.push(`${'  '.repeat(depthOf(slot))}${time ? `${time} ` : ''}${title}${toCome}`);
  }
  return lines;
}

/** Paragraphs joined by a blank line; the empty ones left out. */
export function paragraphs(...parts: (string | string[] | undefined)[]): string | undefined {
  const text = parts
    .map((p) => (Array.isArray(p) ? p.join('\n') : p))
    .filter((p): p is string => !!p)
    .join('\n\n');
  return text || undefined;
}

export function dayDescription(g: Gathering, day: Day, index: number, ctx: DescriptionContext): string | undefined {
  const programme = programmeInShort(g, day, index, ctx);
  const timed = timeline(day, index).some((s) => s.timed);
  const heading = programme.length ? [timed ? ctx.cat.labels.programme : ctx.cat.labels.agenda, ...programme] : undefined;
  return paragraphs(g.subtitle, heading, ctx.url);
}
