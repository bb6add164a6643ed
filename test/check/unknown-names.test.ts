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

it("names an unknown key's place by the keys and item numbers she wrote, and means hours by time and cancelled by aflyst", async () => {
  const found = (text: string) =>
    checkSource(`---\ntitle: Samling\ndate: 2030-01-02\n${text}---\n`, 'a.md')
      .diagnostics.filter((d) => d.code === 'key-unknown')
      .map((d) => `${d.message} / ${d.hint}`);
  // series[1].sessions[2] was a programmer's notation of the place.
  expect(found('series:\n  - title: Møter\n    sessions:\n      - date: 02.01.2030\n      - date: 09.01.2030\n        aflyst: true\n')).toEqual([
    'Unknown key "aflyst" in series 1 › sessions 2 / did you mean "cancelled"?',
  ]);
  // The gathering's hours are `hours`, an item's `time`: "did you mean "title"?" pointed nowhere.
  expect(found('time: 09.00–15.00\n')).toEqual(['Unknown key "time" / did you mean "hours"?']);
  expect(found('programme:\n  - hours: 09.00\n    title: Kaffe\n')).toEqual(['Unknown key "hours" in programme 1 / did you mean "time"?']);
});

it('says an item of the wrong kind as the item, with a hint about items, and a list where a word belongs as a list', () => {
  const found = (text: string) => checkSource(`---\ntitle: Samling\ndate: 2030-01-02\n${text}---\n`, 'a.md').diagnostics.map((d) => `${d.code}: ${d.message} / ${d.hint ?? ''}`);
  // It said "programme" should be a map, as though the programme were wrong, and hinted that the programme is a list.
  expect(found('programme:\n  - 10.00 Kaffe\n')).toEqual([
    'type-mismatch: "programme 1" should be a map of keys, not the text "10.00 Kaffe" / write each item of the programme as fields on lines of their own: "- time: 10.00" and below it "  title: Kaffe"',
  ]);
  // An item's title is not the gathering's: no "every gathering needs title".
  expect(found('programme:\n  - time: 10.00\n    title: {a: b}\n')).toEqual(['type-mismatch: "title" should be text, not a map of keys / ']);
  expect(found('programme:\n  - time: 10.00\n    title: Kaffe\n    kind: [break]\n')).toEqual(['value-unknown: "kind" is a list, which is not one of session, break, or meal / ']);
});
