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
  phases: string;
  /** A day of a gathering of several days: {n}. */
  day: string;
  /** After a day's label on a page its table continues on: "Dag 2 – fredag 13. mars 2026 (forts.)". */
  continued: string;
  /** Hours: {range} becomes "08.30–14.30". */
  hours: string;
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

export { fill, formatDate, formatDateShort, formatDays, formatList, formatSlot, formatHours } from './format.js';
