/**
 * Which language the tool speaks to its user: the --lang flag, else the
 * project config's `messages:`, else the POSIX locale (LC_ALL, then
 * LC_MESSAGES, then LANG: nb_NO.UTF-8 → nb, nn_NO → nn, no → nb, da_DK →
 * da, sv_SE and sv_FI → sv), else English.
 */
import { type Language, languages } from '../i18n/index.js';

const aliases: ReadonlyMap<string, Language> = new Map([
  ['nb', 'nb'],
  ['no', 'nb'],
  ['nn', 'nn'],
  ['da', 'da'],
  ['sv', 'sv'],
  ['en', 'en'],
]);

/** The language a locale name such as `nb_NO.UTF-8`, `sv-FI` or `no` stands for, if it is one of ours. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const base = locale.split(/[._@-]/, 1)[0].toLowerCase();
  return aliases.get(base);
}

/** The language named by the environment's locale, as the C library would choose it; undefined for C, POSIX or unset. */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return languageOfLocale(value);
  }
  return undefined;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The flag's, else the config's, else the environment's, else English. */
export function chooseLanguage(choice: { flag?: string; config?: string; env: Readonly<Record<string, string | undefined>> }): Language {
  if (isLanguage(choice.flag)) return choice.flag;
  if (isLanguage(choice.config)) return choice.config;
  return languageOfEnvironment(choice.env) ?? 'en';
}
