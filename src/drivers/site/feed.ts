/**
 * The calendars to subscribe to: `calendar.ics`, every gathering and
 * deadline in the output folder, and `calendar.<audience>.ics`, what one
 * audience is invited to. Made from the build record and the calendars
 * on disk, not from this run's renders, so gatherings whose views were up
 * to date (or built earlier from other sources) are in them too, and an
 * event whose source is gone is gone from them.
 *
 * A feed copies each view's events as written (UID, SEQUENCE, folding
 * and all): the whole gathering's view for `calendar.ics`; for an
 * audience, that audience's view where it was built, else the whole
 * view of a gathering that declares the audience or declares none
 * (everyone is invited to it).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogue, type Language } from '../../base/i18n/index.js';
import { joinLines } from '../../render/calendar/content-line.js';
import { calendarHead } from '../../render/calendar/write-ics.js';
import { writeFileAtomic } from '../disk/atomic-write.js';
import type { Entry, Manifest } from '../build/cache.js';
import { withoutHidden } from '../../base/hidden.js';
import { slug, type View } from '../../render/views.js';

export interface Feed {
  /** File name in the output folder. */
  file: string;
  /** The audience's id and label; none for the feed of everything. */
  audience?: { id: string; label: string };
  /** The views' calendars it gathers, relative to the output folder, by date. */
  calendars: string[];
}

const FEED_NAME = /^calendar(\.[^/]+)?$/i;

/** A view that would be written over a feed (`calendar.*` at the top of the output folder). */
export function isFeedName(viewName: string): boolean {
  return FEED_NAME.test(viewName);
}

/** What `audience` and `audiences` a view's record carries, for the feeds. */
export function feedRecord(g: { audiences?: Record<string, { label?: string }> }, view: View): Pick<Entry, 'audience' | 'audiences'> {
  if (view.audience) return { audience: view.audience };
  if (view.group !== undefined || !g.audiences || !Object.keys(g.audiences).length) return {};
  return { audiences: Object.fromEntries(Object.entries(g.audiences).map(([id, a]) => [id, a.label ?? id])) };
}

const icsOf = (e: Entry) => e.files.find((f) => f.endsWith('.ics'));

/** The feeds the record calls for, with the calendars each gathers. */
export function feedsOf(manifest: Manifest): Feed[] {
  const entries = Object.entries(manifest.outputs).sort(([an, a], [bn, b]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : an < bn ? -1 : an > bn ? 1 : 0));
  const whole = entries.filter(([, e]) => !e.label && icsOf(e));
  if (!whole.length) return [];
  const feeds: Feed[] = [{ file: 'calendar.ics', calendars: whole.map(([, e]) => icsOf(e)!) }];
  const labels = new Map<string, string>();
  for (const [, e] of whole) for (const [id, label] of Object.entries(e.audiences ?? {})) if (!labels.has(slug(id))) labels.set(slug(id), label);
  const views = new Map(entries.filter(([, e]) => e.audience !== undefined && icsOf(e)).map(([, e]) => [`${e.source}\0${slug(e.audience!)}`, icsOf(e)!]));
  for (const [id, label] of [...labels].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const calendars = whole.flatMap(([, main]) => {
      const own = views.get(`${main.source}\0${id}`);
      if (own) return [own];
      const declared = Object.keys(main.audiences ?? {});
      return !declared.length || declared.some((a) => slug(a) === id) ? [icsOf(main)!] : [];
    });
    feeds.push({ file: `calendar.${id}.ics`, audience: { id, label }, calendars });
  }
  return feeds;
}

/** The VEVENTs of a calendar file as written, folded lines and all; none when it cannot be read. */
async function eventsIn(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return [...text.matchAll(/^BEGIN:VEVENT\r\n[\s\S]*?^END:VEVENT\r\n/gm)].map((m) => m[0]);
}

/** The feed's calendar: the views' events in date order, each UID once. `read` may be shared by the feeds of one build. */
export async function feedText(outDir: string, feed: Feed, name: string, read = (file: string) => eventsIn(join(outDir, file))): Promise<string> {
  const seen = new Set<string>();
  let events = '';
  for (const file of feed.calendars) {
    for (const event of await read(file)) {
      const uid = /^UID:(.*)\r\n/m.exec(event)?.[1];
      if (uid && seen.has(uid)) continue;
      if (uid) seen.add(uid);
      events += event;
    }
  }
  return joinLines(calendarHead(name)) + events + joinLines(['END:VCALENDAR']);
}

/** The feed's name in calendars: "Invitasjoner", "Invitasjoner – Rektorer". */
export function feedName(feed: Feed, language: string): string {
  const heading = catalogue(language).labels.invitations;
  // The label comes from the build record: without the hidden characters check warns about (base/hidden.ts).
  return feed.audience ? `${heading} – ${withoutHidden(feed.audience.label)}` : heading;
}

/**
 * Writes the feeds the record calls for (only those that changed) and
 * removes those it no longer does. A feed that cannot be written goes to
 * `failed` (the others are still written).
 */
export async function writeFeeds(outDir: string, manifest: Manifest, failed: (file: string, error: unknown) => void): Promise<Feed[]> {
  const feeds = feedsOf(manifest);
  const language = majorityLanguage(Object.values(manifest.outputs));
  const cache = new Map<string, Promise<string[]>>();
  const read = (file: string) => cache.get(file) ?? cache.set(file, eventsIn(join(outDir, file))).get(file)!;
  for (const feed of feeds) {
    const text = await feedText(outDir, feed, feedName(feed, language), read);
    const path = join(outDir, feed.file);
    if ((await readFile(path, 'utf8').catch(() => undefined)) === text) continue;
    await writeFileAtomic(path, text).catch((e: unknown) => failed(feed.file, e));
  }
  const keep = new Set([...feeds.map((f) => f.file), ...Object.values(manifest.outputs).flatMap((e) => e.files)]);
  for (const name of await readdir(outDir).catch(() => [] as string[])) {
    if (/^calendar(\.[^/]+)?\.ics$/i.test(name) && !keep.has(name)) await rm(join(outDir, name), { force: true }).catch((e: unknown) => failed(name, e));
  }
  return feeds;
}

/** The language most of the invitations are in (bokmål when there are none): the listing's and the feeds'. */
export function majorityLanguage(entries: readonly Entry[]): Language {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.language, (count.get(e.language) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return (best?.[0] as Language) ?? 'nb';
}
