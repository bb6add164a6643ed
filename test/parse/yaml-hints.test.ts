/** Where secretaries get stuck in YAML (issue 14, 10): hints in their terms. */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/parse.js';

const diagnostics = (yaml: string) => parseSource(`---\n${yaml}---\n\nTekst.\n`, 'x.md').diagnostics;

describe('a value YAML reads as a second key', () => {
  it('a colon inside a title: put the value in straight quotes, shown', () => {
    const [d] = diagnostics('title: Tema: Fagfornyelsen\ndate: 2026-02-12\n');
    expect(d.code).toBe('yaml-syntax');
    expect(d.hint).toBe('put the value in straight quotes: title: "Tema: Fagfornyelsen"');
  });

  it("Word's curly quotes around it: the same, with straight quotes", () => {
    const [d] = diagnostics('title: “Tema: Fagfornyelsen”\ndate: 2026-02-12\n');
    expect(d.hint).toBe('put the value in straight quotes: title: "Tema: Fagfornyelsen"');
  });

  it('in a programme item', () => {
    const [d] = diagnostics('title: Samling\ndate: 2026-02-12\nprogramme:\n  - time: 09.00\n    title: Økt 1: Vurdering\n');
    expect(d.hint).toBe('put the value in straight quotes: title: "Økt 1: Vurdering"');
  });
});

describe('a value cut at " #"', () => {
  it('proposes the value without a leading space when nothing came before the #', () => {
    const found = diagnostics('title: Samling\ndate: 2026-02-12\nsubtitle: #2 i serien\n').find((d) => d.code === 'yaml-comment');
    expect(found?.hint).toContain('"#2 i serien"');
    expect(found?.hint).not.toContain('" #');
  });

  it('keeps the text before the # when there is some', () => {
    const found = diagnostics('title: Samling #2\ndate: 2026-02-12\n').find((d) => d.code === 'yaml-comment');
    expect(found?.hint).toContain('"Samling #2"');
  });
});

describe('keys and values in Norwegian, Danish and Swedish', () => {
  it.each([
    ['sted: Lampeland\n', 'venue'],
    ['tittel: Samling\n', 'title'],
    ['dato: 2026-02-12\n', 'date'],
    ['språk: nn\n', 'language'],
    ['påmelding: Innen fredag\n', 'registration'],
  ])('%s → did you mean "%s"?', (line, english) => {
    const found = diagnostics(`title: Samling\ndate: 2026-02-12\n${line}`).find((d) => d.code === 'key-unknown');
    expect(found?.hint).toBe(`did you mean "${english}"?`);
  });

  it('tid in an item is its time', () => {
    const found = diagnostics('title: Samling\ndate: 2026-02-12\nprogramme:\n  - tid: 09.00\n    title: Start\n').find((d) => d.code === 'key-unknown');
    expect(found?.hint).toBe('did you mean "time"?');
  });

  it.each([
    ['pause', 'break'],
    ['lunsj', 'meal'],
    ['frokost', 'meal'],
    ['fika', 'break'],
    ['middag', 'meal'],
  ])('kind: %s → did you mean "%s"?', (word, english) => {
    const found = diagnostics(`title: Samling\ndate: 2026-02-12\nprogramme:\n  - time: 09.00\n    title: Start\n    kind: ${word}\n`).find((d) => d.code === 'value-unknown');
    expect(found?.hint).toBe(`did you mean "${english}"?`);
  });
});
