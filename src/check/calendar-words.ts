/**
 * Weekday and month names of the five languages a gathering may be written
 * in, and a finder for the dates a text writes out with a weekday:
 * "tirsdag den 28. januar 2020", "tysdag 28.01.2020", "tisdag 28 januari",
 * "Tuesday 28 January 2020", "Tuesday, January 28". Every language's names
 * are looked for in every file: a Danish invitation may quote a Swedish one.
 */
import { catalogue, languages, type Language } from '../base/i18n/index.js';
import { messageLanguage } from '../base/messages/index.js';
import type { FullDate } from '../model/gathering.js';
import { weekdayOf } from '../base/calendar-date.js';

/** Short month forms, written with or without a full stop ("28. jan. 2020"). */
const monthAbbreviations: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mars: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  des: 12,
  dec: 12,
};

/** Weekday words a language writes besides the ones its dates print: nn prints "søndag" and also writes "sundag". */
const alsoWritten: Partial<Record<Language, Record<string, number>>> = { nn: { sundag: 0 } };

/** A language's weekday words, lower-cased, by day number (0 = Sunday). */
function weekdayWords(lang: Language): [string, number][] {
  return [...catalogue(lang).weekdays.map((w, i): [string, number] => [w.toLowerCase(), i]), ...Object.entries(alsoWritten[lang] ?? {})];
}

/** Lower-cased weekday word → day number (0 = Sunday). */
const weekdayNumber = new Map<string, number>(languages.flatMap(weekdayWords));

/** Every weekday word of every language, lower-cased. */
export const weekdayWordList: readonly string[] = [...weekdayNumber.keys()];

const monthNumber = new Map<string, number>(Object.entries(monthAbbreviations));
for (const lang of languages) catalogue(lang).months.forEach((m, i) => monthNumber.set(m.toLowerCase(), i + 1));

const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = `(${alternatives(weekdayNumber.keys())})`;
const MONTH = `(${alternatives(monthNumber.keys())})`;
/** Between words: spaces, line breaks (a YAML or Markdown paragraph may wrap) and emphasis marks. */
const GAP = '[\\s*_]+';
const END = '(?![\\p{L}\\p{N}])';

const phrase = new RegExp(
  `(?<![\\p{L}\\p{N}])${WEEKDAY}${END}` +
    `(?:[*_]*,)?${GAP}(?:(?:den|the)${GAP})?` +
    '(?:' +
    // 28. januar 2020 · 28 January 2020 · 28th of January
    `(\\d{1,2})(?:\\.|st|nd|rd|th)?[\\s*_]*(?:of${GAP})?${MONTH}\\.?(?:,?${GAP}(\\d{4}))?${END}` +
    // 28.01.2020 · 28.1. · 28.01 · 14.03.-25
    '|(\\d{1,2})\\.[ ]?(\\d{1,2})(?:\\.(?:[ ]?-?(\\d{4}|\\d{2}))?)?(?![\\p{N}]|\\.\\p{N})(?![ \\t]*[-–—][ \\t]*\\d)' +
    // 28/1 · 28/1-2020
    '|(\\d{1,2})/(\\d{1,2})(?:[/-](\\d{4}|\\d{2}))?(?![\\p{N}/])' +
    // 2020-01-28
    '|(\\d{4})-(\\d{2})-(\\d{2})(?!\\p{N})' +
    // January 28, 2020
    `|${MONTH}\\.?${GAP}(\\d{1,2})(?:st|nd|rd|th)?(?:,?${GAP}(\\d{4}))?(?![\\p{N}:.])` +
    ')',
  'giu',
);

const bare = new RegExp(`(?<![\\p{L}\\p{N}])${WEEKDAY}${END}`, 'giu');

/** Every weekday name ends in "dag" or "day" (any case). */
const ending = /da[gy]/giu;
/** The same, without the global flag's state, for a yes or no. */
const anEnding = new RegExp(ending.source, 'iu');

const letterOrDigit = /[\p{L}\p{N}]/u;
const phraseAt = new RegExp(phrase.source, 'yiu');
/** The phrase expression, for tests that hold phraseMatches to a plain scan with it. */
export const PHRASE_SOURCE = phrase.source;

/**
 * Where a phrase can start: where a run of letters holding a "dag" or "day"
 * begins. The phrase expression is tried, sticky, at those places only, not
 * at every character of the text (a regular expression that opens with a
 * lookbehind cannot skip ahead on its own).
 */
export function* phraseMatches(text: string): Generator<RegExpExecArray> {
  let done = 0;
  ending.lastIndex = 0;
  for (let e = ending.exec(text); e; e = ending.exec(text)) {
    let start = e.index;
    while (start > 0 && letterOrDigit.test(text[start - 1])) start--;
    if (start < done) continue;
    phraseAt.lastIndex = start;
    const m = phraseAt.exec(text);
    if (!m) continue;
    done = start + m[0].length;
    ending.lastIndex = Math.max(ending.lastIndex, done);
    yield m;
  }
}

export interface DatedPhrase {
  /** Offset of the phrase in the scanned text, and its length. */
  index: number;
  length: number;
  text: string;
  /** The weekday the text names (0 = Sunday) and the word it uses. */
  weekday: number;
  word: string;
  year?: number;
  month: number;
  day: number;
}

/** Every "weekday + date" in a text whose date is a real calendar date. */
export function datedPhrases(text: string): DatedPhrase[] {
  const out: DatedPhrase[] = [];
  for (const m of phraseMatches(text)) {
    const g = m.slice(1);
    let day: number;
    let month: number;
    let year: string | undefined;
    if (g[1] !== undefined) [day, month, year] = [Number(g[1]), monthNumber.get(g[2].toLowerCase())!, g[3]];
    else if (g[4] !== undefined) [day, month, year] = [Number(g[4]), Number(g[5]), g[6]];
    else if (g[7] !== undefined) [day, month, year] = [Number(g[7]), Number(g[8]), g[9]];
    else if (g[10] !== undefined) [day, month, year] = [Number(g[12]), Number(g[11]), g[10]];
    else [day, month, year] = [Number(g[14]), monthNumber.get(g[13].toLowerCase())!, g[15]];
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) continue;
    const y = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
    if (y !== undefined && day > new Date(Date.UTC(y, month, 0)).getUTCDate()) continue;
    out.push({
      index: m.index,
      length: m[0].length,
      text: m[0].replace(/[*_]/g, '').replace(/\s+/g, ' '),
      weekday: weekdayNumber.get(g[0].toLowerCase())!,
      word: g[0],
      year: y,
      month,
      day,
    });
  }
  return out;
}

/** Weekday words standing alone (not the start of a dated phrase). */
function bareWeekdays(text: string): { index: number; word: string; weekday: number }[] {
  if (!mayNameWeekday(text)) return [];
  const dated = new Set(datedPhrases(text).map((p) => p.index));
  const out: { index: number; word: string; weekday: number }[] = [];
  bare.lastIndex = 0;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    if (!dated.has(m.index)) out.push({ index: m.index, word: m[1], weekday: weekdayNumber.get(m[1].toLowerCase())! });
  }
  return out;
}

/** A cheap test before the regular expressions: can the text name a weekday at all? */
function mayNameWeekday(text: string): boolean {
  return anEnding.test(text);
}

/** The weekday's name in a language, matching the case of the word the author used. */
export function weekdayName(weekday: number, like: string): string {
  const lang = languages.find((l) => weekdayWords(l).some(([w]) => w === like.toLowerCase())) ?? 'en';
  const name = catalogue(lang).weekdays[weekday];
  return like[0] === like[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name.toLowerCase();
}

/** The first weekday `text` names alone when none it names is the date's; undefined when all is well. */
export function wrongBareWeekday(text: string, date: FullDate): { index: number; word: string; actual: number } | undefined {
  const named = bareWeekdays(text);
  const actual = weekdayOf(date);
  if (!named.length || named.some((w) => w.weekday === actual)) return undefined;
  return { index: named[0].index, word: named[0].word, actual };
}

/** "Friday (fredag)": the weekday in the language the tool speaks, and the author's word after it when that differs. */
export function weekdayNamed(weekday: number, like: string): string {
  const name = weekdayName(weekday, like);
  // In the language the tool speaks, the text's own word after it when the text is in another: "is a Wednesday (onsdag)".
  const own = catalogue(messageLanguage()).weekdays[weekday];
  return name.toLowerCase() === own.toLowerCase() ? name : `${own} (${name})`;
}
