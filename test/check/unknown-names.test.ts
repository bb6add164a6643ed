/** An unknown rule or template is said in the language spoken, with the nearest name and the names there are. */
import { afterEach, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { unknownTemplate } from '../../src/check/validate.js';
import { checkSource } from '../../src/pipeline/compile.js';

afterEach(() => useLanguage('en'));

it('says an unknown template in English, and in bokmål', async () => {
  const english = unknownTemplate('timetabel', ['timetable', 'compact'], 'a.md', undefined)!;
  expect(english.message).toBe('There is no template "timetabel"');
  expect(english.hint).toBe('did you mean "timetable"? (the templates are timetable, compact)');
  await useLanguage('nb');
  const norwegian = unknownTemplate('timetabel', ['timetable', 'compact'], 'a.md', undefined)!;
  expect(norwegian.message).toBe('Det finnes ingen mal som heter «timetabel»');
  expect(norwegian.hint).toBe('mente du «timetable»? (malene er timetable, compact)');
  expect(unknownTemplate('x', [], 'a.md', undefined)!.hint).toBe('det finnes ingen maler');
});

it('says an unknown rule in Swedish, with the nearest rule', async () => {
  await useLanguage('sv');
  const d = checkSource('---\ntitle: Samling\ndate: 2020-01-28\nrules: {overlap: off, overlapss: off}\n---\n', 'a.md').diagnostics.find((x) => x.code === 'rule-unknown')!;
  expect(d.message).toBe('Okänd regel ”overlapss” i rules');
  expect(d.hint).toBe('menade du ”overlaps”?');
});
