/** Where secretaries get stuck in YAML (issue 14, 10): hints in their terms. */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/parse.js';
import { useLanguage } from '../../src/base/messages/index.js';

const diagnostics = (yaml: string) => parseSource(`---\n${yaml}---\n\nTekst.\n`, 'x.md').diagnostics;

describe('a value YAML reads as a second key', () => {
  it("a colon inside a title: the headline says so in the secretary's words, the hint shows the line quoted, and no English of the YAML reader's", () => {
    const [d] = diagnostics('title: Tema: Fagfornyelsen\ndate: 2026-02-12\n');
    expect(d.code).toBe('yaml-syntax');
    expect(d.message).toBe('The colon after "Tema" reads as the end of a key: put the whole value of "title" in quotes');
    expect(d.hint).toBe('write it as title: "Tema: Fagfornyelsen"');
    // The package's words ("Nested mappings are not allowed in compact mappings") are English and YAML's grammar.
    expect(d.related).toBeUndefined();
  });

  it("Word's curly quotes around it: named as such, with straight quotes", () => {
    const [d] = diagnostics('title: “Tema: Fagfornyelsen”\ndate: 2026-02-12\n');
    expect(d.message).toBe('The value of "title" is in curly quotes (“ ”), as Word writes them: only straight quotes (") are read as quotes');
    expect(d.hint).toBe('write it as title: "Tema: Fagfornyelsen"');
  });

  it('in a programme item', () => {
    const [d] = diagnostics('title: Samling\ndate: 2026-02-12\nprogramme:\n  - time: 09.00\n    title: Økt 1: Vurdering\n');
    expect(d.hint).toBe('write it as title: "Økt 1: Vurdering"');
  });

  it("quotes the value without the line's trailing comment", () => {
    const [d] = diagnostics('title: Oplæg: Hvad virker   # the title on the invitation\ndate: 2026-02-12\n');
    expect(d.hint).toBe('write it as title: "Oplæg: Hvad virker"');
  });

  it('in bokmål and Swedish', async () => {
    await useLanguage('nb');
    const [nb] = diagnostics('title: Oplæg: Hvad virker\ndate: 2026-02-12\n');
    await useLanguage('sv');
    const [sv] = diagnostics('title: Oplæg: Hvad virker\ndate: 2026-02-12\n');
    await useLanguage('en');
    expect(nb.message).toBe('Kolonet etter «Oplæg» leses som slutten på et feltnavn: sett hele verdien av «title» i anførselstegn');
    expect(sv.hint).toBe('skriv det så här: title: "Oplæg: Hvad virker"');
  });
});

describe('a range typed where one time goes', () => {
  it.each(['09.00 til 10.00', 'fra 9 til 10', '9 till 10'])('%s: the headline says it is a range, the hint shows it with a dash', (time) => {
    const found = diagnostics(`title: Samling\ndate: 2026-02-12\nprogramme:\n  - time: ${time}\n    title: A\n`).filter((d) => d.code === 'time-invalid');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/is a range: write it with a dash between the times$/);
    expect(found[0].hint).toMatch(/^write \d{1,2}(\.\d\d)?–\d{1,2}(\.\d\d)?$/);
  });

  it.each(['09.00 - 10.00', 'kl. 9–10'])('%s is read as the range it is', (time) => {
    expect(diagnostics(`title: Samling\ndate: 2026-02-12\nprogramme:\n  - time: ${time}\n    title: A\n`)).toEqual([]);
  });
});

describe('a value cut at " #"', () => {
  it('an unquoted colour followed by comment lines: one warning, on its own line', () => {
    const found = diagnostics('title: Samling\ndate: 2026-02-12\nsubtitle: #1a4f8b\n# a comment\n# and another\n').filter((d) => d.code === 'yaml-comment');
    expect(found).toHaveLength(1);
    expect(found[0].span?.start).toMatchObject({ line: 4, column: 11 });
    expect(found[0].span?.end).toMatchObject({ line: 4, column: 18 });
    expect(found[0].hint).toBe('if "#1a4f8b" belongs to the value, put the whole value in quotes: "#1a4f8b"');
  });

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
