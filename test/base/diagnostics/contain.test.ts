/**
 * A fault while checking one file becomes that file's `check-failed`, said
 * in the language spoken (the fault's own words in brackets), never a stack
 * trace and never the end of the other files' checks.
 */
import { afterEach, expect, it } from 'vitest';
import { contained } from '../../../src/base/diagnostics/contain.js';
import type { Diagnostic } from '../../../src/base/diagnostics/diagnostic.js';
import { useLanguage } from '../../../src/base/messages/index.js';

afterEach(() => useLanguage('en'));

const failing = (): Diagnostic | undefined =>
  contained<Diagnostic | undefined>(
    'a.md',
    () => {
      throw new TypeError('table.find is not a function');
    },
    (d) => d,
  );

it('turns a fault into check-failed in English', () => {
  const d = failing()!;
  expect(d.code).toBe('check-failed');
  expect(d.message).toBe('agenda failed while checking this file (table.find is not a function); the other files were checked');
  expect(d.hint).toContain('report it with the file');
});

it.each([
  ['nb', 'agenda feilet under kontrollen av denne filen'],
  ['nn', 'agenda feila under kontrollen av denne fila'],
  ['da', 'agenda fejlede under kontrollen af denne fil'],
  ['sv', 'agenda misslyckades med att kontrollera den här filen'],
] as const)('says it in %s', async (language, words) => {
  await useLanguage(language);
  const d = failing()!;
  expect(d.message).toContain(words);
  expect(d.message).toContain('(table.find is not a function)');
  expect(d.hint).not.toMatch(/please|report it/);
  expect(d.hint).toContain('agenda');
});

it('lets the work through when nothing fails', () => {
  expect(
    contained(
      'a.md',
      () => 'checked',
      () => 'failed',
    ),
  ).toBe('checked');
});
