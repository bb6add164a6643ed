/**
 * The words of a starter gathering (`agenda new`), per language: the
 * placeholders a secretary overwrites and the comments that say what each
 * field is for, in templates/starter/words/<lang>.json (read as init's
 * words are). Kept apart from the label catalogues in i18n/, which are the
 * words an invitation prints.
 */
import type { Language } from '../../base/i18n/index.js';
import { readToolFile } from '../../base/tool-paths.js';

export interface StarterWords {
  title: string;
  organiser: string;
  venueName: string;
  city: string;
  registration: string;
  contactRole: string;
  /** Programme rows in order: opening, first theme, break, second theme, lunch, third theme, closing. */
  rows: [string, string, string, string, string, string, string];
  body: string;
  /** Comments, one per field, keyed by field. */
  notes: Record<'head' | 'title' | 'organiser' | 'language' | 'template' | 'date' | 'hours' | 'venue' | 'deadlines' | 'contact' | 'programme' | 'untimed' | 'extra', string>;
  /** welcome: the facts block's labels. */
  facts: [string, string, string];
  /** network: a group, its members, a session title. */
  group: string;
  members: [string, string];
  /** phases: three phases and two part labels. */
  phases: [string, string, string];
  parts: [string, string];
}

/** The starter's words in one language: templates/starter/words/<lang>.json. */
export function starterWords(language: Language): StarterWords {
  return JSON.parse(readToolFile('starter', 'words', `${language}.json`)) as StarterWords;
}
