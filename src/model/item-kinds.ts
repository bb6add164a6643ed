/**
 * Breaks and meals known by their titles. A secretary writes "Pause",
 * "Festmiddag", "Felles middag" or "Kaffe/te" and expects it printed as a
 * break or a meal, not set bold like a session; so an item with no `kind`
 * whose title says so takes that kind. `kind: session` in the source says
 * otherwise and wins.
 *
 * A title is read by its head: the words before the first punctuation or
 * linking word ("i", "på", "og", "med", "for" …), at most three; the head's
 * last word names the thing, in English as in the Nordic languages. It is a
 * meal (or a break) when that word is one of the language's words ("Lunsj i
 * kantina", "Felles middag", "Enkel lunsj", "Gala dinner"), a Nordic
 * compound ending in one ("Festmiddag", "Jubileumsmiddag", "Kvällsmiddag",
 * "Eftermiddagsfika"; only the words of `compounds`, so "Skolemåltid" stays
 * a session), or words joined by a slash of which one is ("Kaffe/te",
 * "Lunsj/mingel"; a meal wins over a break). A name that only starts with
 * such a word is something else: a "Middagsforedrag", a "Frokostseminar",
 * a "Breakfast meeting" are sessions.
 */
import type { Language } from '../base/i18n/index.js';

type Kind = 'break' | 'meal';

/** The words per language, as docs/format.md lists them: the last word of a title's head. */
export const kindWords: Record<Language, Record<Kind, string[]>> = {
  nb: {
    break: ['pause', 'kaffepause', 'beinstrekk', 'kaffe', 'te', 'formiddagspause', 'ettermiddagspause'],
    meal: ['lunsj', 'lunch', 'frokost', 'middag', 'kveldsmat', 'måltid', 'lunsjbuffet', 'julebord', 'buffet'],
  },
  nn: {
    break: ['pause', 'kaffipause', 'kaffepause', 'beinstrekk', 'kaffi', 'kaffe', 'te'],
    meal: ['lunsj', 'lunch', 'frukost', 'middag', 'kveldsmat', 'måltid', 'julebord'],
  },
  da: {
    break: ['pause', 'kaffepause', 'kaffe', 'te', 'formiddagspause', 'eftermiddagspause'],
    meal: ['frokost', 'lunch', 'middag', 'aftensmad', 'morgenmad', 'frokostbuffet', 'spisning', 'buffet'],
  },
  sv: {
    break: ['paus', 'fika', 'kaffepaus', 'bensträckare', 'förmiddagsfika', 'eftermiddagsfika', 'kaffe', 'te'],
    meal: ['lunch', 'middag', 'frukost', 'kvällsmat', 'lunchbuffé', 'julbord'],
  },
  en: {
    break: ['break', 'coffee', 'tea', 'refreshments'],
    meal: ['lunch', 'dinner', 'breakfast', 'supper', 'brunch', 'banquet', 'buffet'],
  },
};

/** The words that also end a compound: "Festmiddag", "Ettermiddagskaffe". English writes its compounds apart. */
export const compounds: Record<Language, Record<Kind, string[]>> = {
  nb: { break: ['pause', 'kaffe'], meal: ['middag', 'lunsj', 'lunch', 'frokost', 'kveldsmat'] },
  nn: { break: ['pause', 'kaffi', 'kaffe'], meal: ['middag', 'lunsj', 'lunch', 'frukost', 'kveldsmat'] },
  da: { break: ['pause', 'kaffe'], meal: ['middag', 'frokost', 'lunch', 'aftensmad', 'morgenmad', 'spisning'] },
  sv: { break: ['paus', 'fika', 'kaffe'], meal: ['middag', 'lunch', 'frukost', 'kvällsmat'] },
  en: { break: [], meal: [] },
};

/** Words that end a title's head: what follows says where, with whom or what else ("Middag på hotellet"). */
const linking: Record<Language, string[]> = {
  nb: ['i', 'på', 'med', 'og', 'for', 'før', 'etter', 'til', 'fra', 'ved', 'hos', 'om', 'av', 'under'],
  nn: ['i', 'på', 'med', 'og', 'for', 'før', 'etter', 'til', 'frå', 'ved', 'hos', 'om', 'av', 'under'],
  da: ['i', 'på', 'med', 'og', 'for', 'før', 'efter', 'til', 'fra', 'ved', 'hos', 'om', 'af', 'under'],
  sv: ['i', 'på', 'med', 'och', 'för', 'före', 'efter', 'till', 'från', 'vid', 'hos', 'om', 'av', 'under'],
  en: ['in', 'at', 'on', 'with', 'and', 'for', 'before', 'after', 'to', 'from', 'by', 'about', 'of', 'during'],
};

/** The longest compound prefix a title's word may have before its meal or break ("jubileums"), and the shortest ("fest"). */
const PREFIX = { min: 2, max: 14 };
/** A head longer than this is a sentence, not the name of a meal. */
const HEAD_WORDS = 3;

interface Words {
  whole: Map<string, Kind>;
  ends: [string, Kind][];
  linking: Set<string>;
}
const tables = new Map<Language, Words>();

function wordsOf(language: Language): Words {
  let found = tables.get(language);
  if (!found) {
    const whole = new Map<string, Kind>();
    for (const kind of ['break', 'meal'] as const) for (const w of kindWords[language][kind]) whole.set(w, kind);
    const ends = (['meal', 'break'] as const).flatMap((kind) => compounds[language][kind].map((w): [string, Kind] => [w, kind]));
    found = { whole, ends, linking: new Set(linking[language]) };
    tables.set(language, found);
  }
  return found;
}

/** A word's kind: one of the words, or a compound ending in one. */
function wordKind(word: string, w: Words): Kind | undefined {
  const own = w.whole.get(word);
  if (own) return own;
  for (const [end, kind] of w.ends) {
    const prefix = word.length - end.length;
    if (prefix >= PREFIX.min && prefix <= PREFIX.max && word.endsWith(end)) return kind;
  }
  return undefined;
}

/** The kind of a word that may be several joined by slashes ("kaffe/te"): a meal before a break. */
function joinedKind(word: string, w: Words): Kind | undefined {
  const kinds = word
    .split('/')
    .filter(Boolean)
    .map((part) => wordKind(part.replace(/-/g, ''), w));
  return kinds.includes('meal') ? 'meal' : kinds.includes('break') ? 'break' : undefined;
}

/** The title's head: its words before the first punctuation mark or linking word. */
function headOf(title: string, w: Words): string[] {
  const first = title.toLowerCase().split(/[,.:;!?()[\]–—]|\s-\s|\s[&+]\s/u)[0];
  const head: string[] = [];
  for (const word of first.split(/\s+/u).filter(Boolean)) {
    if (w.linking.has(word)) break;
    head.push(word);
  }
  return head;
}

/** The kind a title says, in the gathering's language; undefined for anything else. */
export function kindFromTitle(title: string, language: Language): Kind | undefined {
  const w = wordsOf(language);
  const head = headOf(title.trim(), w);
  if (head.length === 0 || head.length > HEAD_WORDS) return undefined;
  return joinedKind(head[head.length - 1], w);
}
