/**
 * The index page's gatherings: one row per source (its whole view), with
 * its audience and group views as links of their own, parted into those to
 * come (soonest first) and those past (newest first) by the build's "today".
 */
import { fill, formatDate, formatHours, type Catalogue } from '../../base/i18n/index.js';
import { catalogue, languages } from '../../base/i18n/index.js';
import { formatTime, type CalendarDate } from '../../base/calendar-date.js';
import { parseIsoDate } from '../../model/values.js';
import type { Entry, Manifest } from '../build/cache.js';
import { type ListedSideDay, listingOf } from './listing.js';
import { besidePhrase as phraseOf } from '../../render/when-view.js';
import { withoutHidden } from '../../base/hidden.js';

export interface IndexRow {
  title: string;
  /** The first main day, YYYY-MM-DD (for `<time datetime>`): an optional first day before it is named in `beside`. */
  date: string;
  /** "tirsdag 28. januar 2020", or first and last day of a gathering of several. */
  when: string;
  /** "kl. 09.00–15.30", or ''. */
  time: string;
  /** The days beside the main ones, named as the masthead names them ("med valgfri førdag 16. april"), or ''. */
  beside: string;
  venue: string;
  /** The audiences the gathering declares, joined: "Rektorer, Skoleeiere"; '' when it declares none. */
  audiences: string;
  /** The registration deadline, or null: `passed` when it is before today. */
  deadline: { date: string; when: string; passed: boolean } | null;
  /** The invitation's language (BCP 47), its name in itself ("dansk"), and whether it differs from the page's. */
  language: string;
  languageName: string;
  foreign: boolean;
  /** The invitation (HTML, else PDF), relative to the page; '' when neither was made. */
  main: string;
  /** PDF, HTML and calendar of the whole gathering. */
  links: { href: string; label: string }[];
  /** The audience and group views: each label with its invitation (HTML, else PDF), and its other files (PDF, calendar). */
  views: { label: string; href: string; links: { href: string; label: string }[] }[];
}

const href = (file: string) => file.split('/').map(encodeURIComponent).join('/');
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dateOf(iso: string | undefined): CalendarDate | undefined {
  const d = iso === undefined ? undefined : parseIsoDate(iso);
  return d?.ok ? (d.value as CalendarDate) : undefined;
}

/** Each source's entries, its whole view first. */
function bySource(manifest: Manifest): [string, Entry][][] {
  const groups = new Map<string, [string, Entry][]>();
  const sorted = Object.entries(manifest.outputs).sort(([a, ea], [b, eb]) => order(ea.label ?? '', eb.label ?? '') || order(a, b));
  for (const pair of sorted) {
    const list = groups.get(pair[1].source) ?? [];
    list.push(pair);
    groups.set(pair[1].source, list);
  }
  return [...groups.values()];
}

function rowOf(entries: [string, Entry][], cat: Catalogue, separator: string, today: string): IndexRow & { last: string } {
  const [, e] = entries[0];
  const listing = listingOf(e.listing);
  const date = listing.from ?? e.date;
  const first = dateOf(date);
  const last = dateOf(listing.until);
  const side = listing.side ?? [];
  const file = (ext: string) => e.files.find((f) => f.endsWith(`.${ext}`));
  const main = file('html') ?? file('pdf');
  const kinds = [
    ['pdf', 'PDF'],
    ['html', 'HTML'],
    ['ics', cat.labels.calendar],
  ] as const;
  const deadline = dateOf(listing.deadline);
  const deadlineTime = listing.deadlineTime === undefined ? '' : ` ${fill(cat.labels.hours, { range: formatTime(listing.deadlineTime, separator) })}`;
  const language = (languages as readonly string[]).includes(e.language) ? e.language : cat.language;
  return {
    title: withoutHidden(e.title),
    date,
    // To come until its very last day, a day beside the main ones after them too.
    last: [listing.until ?? date, ...side.map((d) => d.date)].sort().pop()!,
    when: first ? formatDate(first, cat) + (last ? ` – ${formatDate(last, cat)}` : '') : e.date,
    // The hours are the first day's: a gathering of several days (or a year of meetings) is given by its dates alone.
    time: listing.start === undefined || listing.until !== undefined ? '' : formatHours({ start: listing.start, end: listing.end }, cat, separator as '.' | ':'),
    beside: first ? besidePhrase(side, first, cat) : '',
    venue: withoutHidden(listing.venue ?? ''),
    audiences: withoutHidden(Object.values(e.audiences ?? {}).join(', ')),
    deadline: deadline ? { date: listing.deadline!, when: formatDate(deadline, cat) + deadlineTime, passed: listing.deadline! < today } : null,
    language,
    languageName: catalogue(language).name,
    foreign: language !== cat.language,
    main: main ? href(main) : '',
    links: kinds.filter(([ext]) => file(ext)).map(([ext, label]) => ({ href: href(file(ext)!), label })),
    views: entries.slice(1).flatMap(([, v]) => {
      const page = v.files.find((f) => f.endsWith('.html')) ?? v.files.find((f) => f.endsWith('.pdf'));
      const others = kinds
        .filter(([ext]) => ext !== 'html' && page !== undefined && !page.endsWith(`.${ext}`))
        .flatMap(([ext, label]) => {
          const f = v.files.find((name) => name.endsWith(`.${ext}`));
          return f ? [{ href: href(f), label }] : [];
        });
      return page && v.label ? [{ label: withoutHidden(v.label), href: href(page), links: others }] : [];
    }),
  };
}

/** The days beside the main ones in the page's language: "med valgfri førdag 16. april". */
function besidePhrase(side: ListedSideDay[], first: CalendarDate, cat: Catalogue): string {
  const days = side.flatMap((d) => {
    const date = dateOf(d.date);
    return date ? [{ date, before: d.before, optional: d.optional, who: d.who.map((w) => withoutHidden(w)) }] : [];
  });
  return phraseOf(days, first, cat) ?? '';
}

/** The rows to come, soonest first, and the past ones, newest first; a gathering is to come until its last day has passed. */
export function rowsOf(manifest: Manifest, cat: Catalogue, o: { today: string; separator: string }): { upcoming: IndexRow[]; past: IndexRow[] } {
  const rows = bySource(manifest).map((entries) => rowOf(entries, cat, o.separator, o.today));
  const byDate = (a: IndexRow, b: IndexRow) => order(a.date, b.date) || order(a.title, b.title);
  const strip = ({ last: _, ...row }: IndexRow & { last: string }): IndexRow => row;
  return {
    upcoming: rows
      .filter((r) => r.last >= o.today)
      .sort(byDate)
      .map(strip),
    past: rows
      .filter((r) => r.last < o.today)
      .sort((a, b) => byDate(b, a))
      .map(strip),
  };
}
