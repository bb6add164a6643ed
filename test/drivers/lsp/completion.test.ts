/**
 * Where the cursor is, read from the indentation, and what is offered
 * there: keys at each level (nested parts, days, groups' sessions), values
 * of enumerations, audience ids in a `for:` list, nothing inside text.
 */
import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/drivers/lsp/completion.js';
import { hover } from '../../../src/drivers/lsp/hover.js';

const templates = ['timetable', 'welcome', 'board'];

/** Completion labels at the `|` in `text`. */
function at(text: string): string[] {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('|'));
  const character = lines[line].indexOf('|');
  const clean = text.replace('|', '');
  return complete(clean, { line, character }, { templates }).map((i) => i.label);
}

const itemKeys = ['time', 'title', 'kind', 'for', 'lead', 'alongside', 'evening', 'details', 'points', 'venue', 'items', 'parallel'];

describe('completion', () => {
  it("offers an item's keys inside a part inside a day, in either list style", () => {
    expect(at('---\ntitle: x\ndays:\n  - date: 2020-01-28\n    programme:\n      - title: Del 1\n        items:\n          - title: a\n            |\n---\n')).toEqual(
      itemKeys.filter((k) => k !== 'title'),
    );
    expect(at('---\nprogramme:\n- title: a\n  parallel:\n  - title: b\n    |\n---\n')).toEqual(itemKeys.filter((k) => k !== 'title'));
    expect(at('---\nprogramme:\n  - title: a\n  - ti|\n---\n')).toEqual(itemKeys);
  });

  it('offers the keys of venues, sessions and deadlines, and the top level after them', () => {
    expect(at('---\nvenue:\n  |\n---\n')).toEqual(['name', 'address', 'room', 'city', 'link']);
    expect(at('---\ngroups:\n  - label: G\n    sessions:\n      - date: 12.10\n        |\n---\n')).toEqual(['time', 'venue', 'title', 'cancelled']);
    expect(at('---\ndeadlines:\n  - date: 12.10\n    what: x\n|\n---\n')).toEqual(expect.arrayContaining(['title', 'date', 'venue']));
  });

  it('offers enumerations, templates and audience ids', () => {
    expect(at('---\ndeadlines:\n  - date: 12.10\n    kind: |\n---\n')).toEqual(['registration', 'preparation', 'input', 'follow-up', 'other']);
    expect(at('---\ntemplate: |\n---\n')).toEqual(templates);
    const audiences = '---\naudiences:\n  owners: Eiere\n  principals:\n    label: Rektorer\n    from: 11:30\nprogramme:\n';
    expect(at(`${audiences}  - title: a\n    for:\n      - |\n---\n`)).toEqual(['owners', 'principals']);
    expect(at(`${audiences}  - title: a\n    for: |\n---\n`)).toEqual(['owners', 'principals']);
    expect(at('---\nrules:\n  gap: |\n---\n')).toEqual(['error', 'warning', 'off']);
  });

  it('offers nothing inside a block of text, or outside the front matter', () => {
    expect(at('---\nprogramme:\n  - title: a\n    details: |\n      Tekst\n      |\n---\n')).toEqual([]);
    expect(at('---\ntitle: x\n---\n\n|\n')).toEqual([]);
  });

  it('replaces the word being typed', () => {
    const [item] = complete('---\nprogramme:\n  - tit\n---\n', { line: 2, character: 5 }, { templates }).filter((i) => i.label === 'title');
    expect(item.textEdit).toEqual({ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } }, newText: 'title: ' });
  });
});

describe('hover', () => {
  it('explains nested keys from the field docs', () => {
    const text = '---\ndays:\n  - date: 21.08\n    programme:\n      - title: a\n        kind: break\n---\n';
    expect((hover(text, { line: 5, character: 9 })!.contents as { value: string }).value).toContain('**kind**: session (default), break or meal');
    expect(hover(text, { line: 2, character: 5 })!.contents).toMatchObject({ value: expect.stringContaining('**date**: The day:') });
  });

  it("writes a date without a year in the gathering's year and language", () => {
    const text = '---\ndate: 2025-08-20\nlanguage: nn\ndeadlines:\n  - date: 14.08\n    what: Påmelding\n---\n';
    expect(hover(text, { line: 4, character: 12 })!.contents).toEqual({ kind: 'plaintext', value: 'torsdag 14. august 2025' });
  });
});

describe('completion of keys', () => {
  it('leaves out the keys the map has already', () => {
    expect(at('---\ntitle: x\n|\ndate: 2020-01-28\n---\n')).not.toContain('title');
    expect(at('---\ntitle: x\n|\ndate: 2020-01-28\n---\n')).not.toContain('date');
    const item = at('---\nprogramme:\n  - time: 0900\n    |\n    title: a\n  - kind: break\n---\n');
    expect(item).toEqual(itemKeys.filter((k) => k !== 'time' && k !== 'title'));
    expect(at('---\nvenue:\n  name: x\n  |\ntitle: y\n---\n')).toEqual(['address', 'room', 'city', 'link']);
  });
});

describe('hover on a rule id', () => {
  it("says what the code catches, or lists a module's codes", () => {
    const text = '---\ntitle: x\nrules:\n  audience-unused: off\n  dates: warning\n---\n';
    expect((hover(text, { line: 3, character: 4 })!.contents as { value: string }).value).toBe(
      '**audience-unused** (warning by default): An audience declared that no item is for',
    );
    expect((hover(text, { line: 4, character: 3 })!.contents as { value: string }).value).toContain('- `date-past` (warning):');
  });
});
