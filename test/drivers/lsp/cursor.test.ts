/**
 * The cursor read from the yaml package's syntax tree. Where the reader of
 * indentation, line by line, that it replaces went wrong: keys and values
 * inside flow maps and flow lists (on one line or several), and lines half
 * typed inside them; and what it got right and must stay so: quoted keys,
 * comments that look like keys, a quoted value over several lines, a
 * front matter not yet closed.
 */
import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/drivers/lsp/completion.js';
import { hover } from '../../../src/drivers/lsp/hover.js';

const templates = ['timetable', 'welcome', 'board'];

/** Where the `|` is in `text`, and the text without it. */
function split(text: string): { clean: string; line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('|'));
  return { clean: text.replace('|', ''), line, character: lines[line].indexOf('|') };
}

const labels = (text: string) => {
  const { clean, line, character } = split(text);
  return complete(clean, { line, character }, { templates }).map((i) => i.label);
};

const hovered = (text: string) => {
  const { clean, line, character } = split(text);
  const h = hover(clean, { line, character });
  return h && (h.contents as { value: string }).value;
};

const itemKeys = ['time', 'title', 'kind', 'for', 'lead', 'alongside', 'evening', 'details', 'points', 'venue', 'items', 'parallel'];
const audiences = '---\naudiences:\n  owners: Eiere\n  principals: {label: Rektorer, from: 11.30}\n';

describe('the cursor in flow maps and flow lists', () => {
  it('offers the keys of an item written as a flow map, the ones written left out', () => {
    expect(labels('---\nprogramme:\n  - {time: 09.00, ti|}\n---\n')).toEqual(itemKeys.filter((k) => k !== 'time'));
    expect(labels('---\nprogramme:\n  - {time: 09.00, |}\n---\n')).toEqual(itemKeys.filter((k) => k !== 'time'));
  });

  it('offers values inside a flow map, and audience ids inside a flow list over several lines', () => {
    expect(labels('---\nprogramme:\n  - {title: Pause, kind: |}\n---\n')).toEqual(['session', 'break', 'meal']);
    expect(labels(`${audiences}programme:\n  - title: a\n    for: [owners,\n          pr|]\n---\n`)).toEqual(['owners', 'principals']);
  });

  it('explains a key inside a flow map, and writes out a date there', () => {
    expect(hovered(`${audiences}programme:\n  - title: a\n    for: [owners]\n---\n`.replace('from: 11.30', 'fr|om: 11.30'))).toContain('**from**');
    const series = '---\ndate: 2018-11-20\nlanguage: nb\ngroups:\n  - label: G\n    sessions:\n      - { date: 2019-01-1|0, time: 12.30–15.00 }\n---\n';
    expect(hovered(series)).toBe('torsdag 10. januar 2019');
  });
});

describe('the cursor beside quotes, comments and long values', () => {
  it('explains a quoted key, and a date in quotes with a comment after it', () => {
    expect(hovered('---\n"ven|ue": "Rådhuset: sal 2"\n---\n')).toContain('**venue**');
    expect(hovered('---\ndate: 2025-08-20\nlanguage: nn\ndeadlines:\n  - date: "14.0|8" # fredag?\n---\n')).toBe('torsdag 14. august 2025');
  });

  it('reads a comment as no key: it neither hides a key nor counts as one', () => {
    expect(labels('---\ntitle: x\n# venue: kommer\n|\n---\n')).toContain('venue');
    expect(labels('---\ntitle: x # date: i morgen\n|\n---\n')).toContain('date');
  });

  it('reads a quoted value over several lines as one value, not as keys', () => {
    const text = '---\nprogramme:\n  - title: a\n    details: "Vi møtes\n      kind: i morgen"\n    |\n---\n';
    expect(labels(text)).toEqual(itemKeys.filter((k) => k !== 'title' && k !== 'details'));
    expect(labels(text.replace('kind: i', 'kind: i|').replace('    |\n', '\n'))).toEqual([]);
  });
});

describe('the cursor in a line half typed', () => {
  it('completes while the line does not parse yet', () => {
    expect(labels('---\nprogramme:\n  - title: a\n    fo|\n  - title: b\n---\n')).toEqual(itemKeys.filter((k) => k !== 'title'));
    expect(labels('---\nprogramme:\n  - title: a\n    kind: br|\n---\n')).toEqual(['session', 'break', 'meal']);
    expect(labels('---\ntitle: "Samling\nlang|\n---\n')).toEqual([]);
  });

  it('completes in a front matter not yet closed', () => {
    expect(labels('---\ntitle: Samling\nven|')).toContain('venue');
  });
});

describe('the cursor in YAML nested past reading', () => {
  // The package's parser recursed out of stack on runs of "- " in a flow map, and the walk over 100,000 "[" did;
  // completion and hover failed with "Maximum call stack size exceeded" in the editor's log at every keystroke.
  // 20,000 "[" are past the stack already (without the guard both cases fail) and read in a fifth of the time.
  const deep = [
    ['3,000 "- " in a flow map', `---\ntitle: Samling\nvenue: {name:\n  ${'- '.repeat(3000)}}\n|\n---\n`],
    ['20,000 "["', `---\ntitle: Samling\nvenue: ${'['.repeat(20_000)}\n|\n---\n`],
  ];
  for (const [name, text] of deep) {
    it(`${name}: completion and hover throw nothing`, () => {
      expect(labels(text)).toEqual([]);
      expect(() => hovered(text.replace('title:', 'ti|tle:').replace('\n|\n', '\n'))).not.toThrow();
      expect(() => hovered(text.replace('venue:', 've|nue:').replace('\n|\n', '\n'))).not.toThrow();
    });
  }
});
