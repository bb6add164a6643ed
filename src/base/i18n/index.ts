/**
 * The label catalogues: every word a template prints, per language, and how
 * that language writes a date. Templates never see a language code; they get
 * these labels already chosen (see render/view-model.ts).
 */
import { da } from './da.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { sv } from './sv.js';
import { own } from '../own.js';

/** The languages a gathering may be written in, in the order the tool lists them. */
export const languages = ['nb', 'nn', 'da', 'sv', 'en'] as const;

export type Language = (typeof languages)[number];

export interface Labels {
  /** Column heads of the timetable. */
  time: string;
  content: string;
  audience: string;
  venue: string;
  programme: string;
  /** Heading of a programme without times ("Dagsorden"). */
  agenda: string;
  registration: string;
  contact: string;
  email: string;
  phone: string;
  deadline: string;
  deadlines: string;
  /** Before where to send what is due: "Sendes til". */
  sendTo: string;
  /** The page footer: {page} and {pages} become the page counters. */
  page: string;
  /** The welcome template's header. */
  welcome: string;
  /** Everyone present, in the audience column. */
  all: string;
  groups: string;
  group: string;
  members: string;
  sessions: string;
  /** Marks the session the invitation is for, in a group's invitation. */
  thisSession: string;
  /** A series of meetings by kind: its heading ("Møteplan"), the column of kinds ("Møte") and of dates ("Datoer"). */
  series: string;
  meeting: string;
  dates: string;
  phases: string;
  /** A day of a gathering of several days: {n}. */
  day: string;
  /** An optional day's heading: before the main days ("Valgfri førdag"), else ("Valgfri ekstradag"). */
  optionalBefore: string;
  optionalAfter: string;
  /** A day for some audiences only (a day's `for`): its heading before the main days ("Førdag"), else ("Ekstradag"). */
  dayBefore: string;
  dayAfter: string;
  /** After the main dates in the masthead, the days beside them: "med {days}", {days} being those below joined as a list. */
  withSideDays: string;
  /** Optional days before the main days and after them, one or several: {dates}. */
  optionalFirst: string;
  optionalFirstMany: string;
  optionalExtra: string;
  optionalExtraMany: string;
  /** Days for some audiences only ({who}) before the main days and after them: {dates}. */
  firstFor: string;
  firstForMany: string;
  extraFor: string;
  extraForMany: string;
  /** After a day's label on a page its table continues on: "Dag 2 – fredag 13. mars 2026 (forts.)". */
  continued: string;
  /** Hours: {range} becomes "08.30–14.30". */
  hours: string;
  /** A meeting that will not be held: "Avlyst". */
  cancelled: string;
  /** In the time column, for an item whose time is not set yet ("time: kommer"). */
  timeToCome: string;
  /** An open start or an audience joining: {time}. */
  fromTime: string;
  untilTime: string;
  /** Heading of the footnotes Markdown may have. */
  footnotes: string;
  /** Heading of the output folder's index page. */
  invitations: string;
  /** A link to a calendar file. */
  calendar: string;
  /** A link that subscribes a calendar program to a feed. */
  subscribe: string;
  /** The index page's heading of gatherings to come, and of those past. */
  upcoming: string;
  archive: string;
  /** The index page's line when nothing is to come. */
  noUpcoming: string;
  registrationDeadline: string;
  /** After a registration deadline that has passed. */
  deadlinePassed: string;
  /** Under the calendars to subscribe to, when their links are not webcal: links. */
  subscribeCopy: string;
  /** The link to the accessibility statement public bodies must publish. */
  accessibility: string;
  /** Before the links to a gathering's audience and group views. */
  views: string;
}

export interface Catalogue {
  language: Language;
  /** The language's name in itself, as the index page marks a row in it: "dansk". */
  name: string;
  /** BCP 47 locale Intl joins lists with. */
  locale: string;
  /** The weekdays as a date prints them, Sunday first (as Date.getUTCDay counts). */
  weekdays: readonly [string, string, string, string, string, string, string];
  /** The months as a date prints them, January first. */
  months: readonly string[];
  /** A full date: {weekday} {day} {month} {year}. */
  date: string;
  /** The same without the weekday. */
  dateShort: string;
  /** A date in the year the reader is told of already: {day} {month} ("16. april"). */
  dayMonth: string;
  /** Two days of one month: {from} {to} {month} {year} ("15.–16. august 2019"). */
  dayRange: string;
  /** Between hours and minutes unless the project says otherwise. */
  timeSeparator: '.' | ':';
  /** The time zone of a source in this language that names none (English: a Norwegian secretariat's, like bokmål's). */
  timezone: string;
  labels: Labels;
}

const catalogues: Record<Language, Catalogue> = { nb, nn, da, sv, en };

export function catalogue(language: string): Catalogue {
  const found = own(catalogues, language);
  if (!found) throw new Error(`no label catalogue for language "${language}" (known: ${languages.join(', ')})`);
  return found;
}

export { fill, formatDate, formatDateShort, formatDayMonth, formatDays, formatList, formatSlot, formatHours } from './format.js';
