/**
 * Breaks and meals known by their titles. A secretary writes "Pause" or
 * "Lunsj" and expects it printed as a break, not set bold like a session;
 * so an item with no `kind` whose title starts with one of its language's
 * words for a break or a meal takes that kind. `kind: session` in the
 * source says otherwise and wins.
 */
import type { Language } from '../base/i18n/index.js';

type Kind = 'break' | 'meal';

/** The words per language, as docs/format.md lists them. Each is a title's first word or words. */
export const kindWords: Record<Language, Record<Kind, string[]>> = {
  nb: {
    break: ['pause', 'kaffepause', 'beinstrekk', 'kaffe', 'formiddagspause', 'ettermiddagspause'],
    meal: ['lunsj', 'lunch', 'frokost', 'middag', 'kveldsmat', 'måltid', 'lunsjbuffet'],
  },
  nn: {
    break: ['pause', 'kaffipause', 'kaffepause', 'beinstrekk', 'kaffi', 'kaffe'],
    meal: ['lunsj', 'lunch', 'frukost', 'middag', 'kveldsmat', 'måltid'],
  },
  da: {
    break: ['pause', 'kaffepause', 'kaffe', 'formiddagspause', 'eftermiddagspause'],
    meal: ['frokost', 'lunch', 'middag', 'aftensmad', 'morgenmad', 'frokostbuffet'],
  },
  sv: {
    break: ['paus', 'fika', 'kaffepaus', 'bensträckare', 'förmiddagsfika', 'eftermiddagsfika', 'kaffe'],
    meal: ['lunch', 'middag', 'frukost', 'kvällsmat', 'lunchbuffé'],
  },
  en: {
    break: ['break', 'coffee break', 'tea break', 'coffee', 'refreshments'],
    meal: ['lunch', 'dinner', 'breakfast', 'supper', 'buffet lunch'],
  },
};

const patterns = new Map<Language, [Kind, RegExp][]>();

function patternsOf(language: Language): [Kind, RegExp][] {
  let found = patterns.get(language);
  if (!found) {
    // A word as the whole title or its start, before a space or punctuation: "Lunsj", "Lunsj i kantina", "Pause: frukt".
    const of = (words: string[]) => new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).join('|')})(?=$|[\\s,.:;!–—-])`, 'iu');
    const w = kindWords[language];
    found = [
      ['meal', of(w.meal)],
      ['break', of(w.break)],
    ];
    patterns.set(language, found);
  }
  return found;
}

/** The kind a title says, in the gathering's language; undefined for anything else. */
export function kindFromTitle(title: string, language: Language): Kind | undefined {
  const text = title.trim();
  for (const [kind, re] of patternsOf(language)) if (re.test(text)) return kind;
  return undefined;
}
