/**
 * The body's links are found in the Markdown tree the parser builds, as the
 * page will have them: a link written inside code (a code span, a fenced or
 * indented code block, a fence inside a list item) or after a backslash is
 * text and is not checked; a link by reference is checked at its definition
 * wherever the definition stands (in a quote, in a list item). Regular
 * expressions over the body's text checked links in indented code and
 * escaped brackets, and missed definitions not at a line's start.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { portableGathering } from '../../src/parse/parse.js';

const today = { year: 2026, month: 1, day: 1 };
const source = (body: string) => `---\ntitle: T\ndate: 2026-03-02\n---\n\n${body}\n`;
/** The link findings: code, line and column, and the text at that place. */
const links = (body: string) => {
  const text = source(body);
  return checkSource(text, 'x.md', { today })
    .diagnostics.filter((d) => /^(link|url|email)-/.test(d.code))
    .map((d) => ({ code: d.code, line: d.span?.start.line, column: d.span?.start.column, at: text.slice(d.span!.start.offset, d.span!.end.offset) }));
};

describe('links in the body', () => {
  beforeAll(loadMarkdown);

  it('cost no Markdown parse of a body that has no [ or <', () => {
    // The language server checks on every keystroke: the body's tree is parsed only when something reads it.
    const bodyOf = (text: string) => {
      const { gathering } = checkSource(source(text), 'x.md', { today });
      const g = gathering as unknown as Record<symbol, { tree?: unknown } | undefined>;
      return Object.getOwnPropertySymbols(g)
        .map((s) => g[s])
        .find((b) => b && typeof b === 'object' && 'text' in b && 'end' in b)!;
    };
    expect(bodyOf('Velkommen til samling. Ingen lenker her.').tree).toBeUndefined();
    expect(bodyOf('Les mer [her](https://example.no).').tree).toBeDefined();
  });

  it('parsed by check are sent to the render thread as the tree, so the body is parsed once', () => {
    const { gathering } = checkSource(source('Les mer [her](https://example.no).'), 'x.md', { today });
    const sent = portableGathering(gathering!).body;
    expect(sent.text).toBe('');
    expect(sent.tree?.children.map((c) => c.type)).toEqual(['paragraph']);
  });

  it('inside code or after a backslash are text: not checked', () => {
    expect(links('Skriv `[her](javascript:alert(1))` slik.')).toEqual([]);
    expect(links('```\n[her](javascript:alert(1))\n```')).toEqual([]);
    expect(links('Eksempel:\n\n    [her](javascript:alert(1))\n    <post@@example.no>')).toEqual([]);
    expect(links('10. Steg:\n\n    ```\n    [her](javascript:alert(1))\n    ```')).toEqual([]);
    expect(links('Skriv \\[her](javascript:alert(1)) slik.')).toEqual([]);
  });

  it('by reference are checked at their definition, also in a quote or a list', () => {
    expect(links('> Se [her][r].\n>\n> [r]: javascript:alert(1)')).toEqual([{ code: 'link-unsafe', line: 8, column: 8, at: 'javascript:alert(1)' }]);
    expect(links('- Se [her][r].\n\n  [r]: javascript:alert(1)')).toEqual([{ code: 'link-unsafe', line: 8, column: 8, at: 'javascript:alert(1)' }]);
    expect(links('Se [her][r].\n\n[r]: <javascript:alert(1)> "Tittel"')).toEqual([{ code: 'link-unsafe', line: 8, column: 7, at: 'javascript:alert(1)' }]);
  });

  it('outside code are checked where they are written: inline, in an image, autolinks and e-mail', () => {
    expect(links('Se [*her*](javascript:alert(1) "t") og ![kart](ftp://x.no/k.png).\n\n<file:///etc/passwd> <post@@example.no>')).toEqual([
      { code: 'link-unsafe', line: 6, column: 12, at: 'javascript:alert(1)' },
      { code: 'link-dropped', line: 6, column: 48, at: 'ftp://x.no/k.png' },
      { code: 'link-unsafe', line: 8, column: 2, at: 'file:///etc/passwd' },
      { code: 'email-invalid', line: 8, column: 23, at: 'post@@example.no' },
    ]);
  });

  it('in list items, table cells and quotes are checked at their place', () => {
    const body = [
      '- Påmelding: [skjema](www.e.no/p)',
      '',
      '| Tid | Innslag |',
      '| --- | --- |',
      '| 09.00 | [Kart](https//e.no/k) og <mailto:post@@e.no> |',
      '',
      '> Spørsmål? [Skriv](mailto:a@@e.no)',
    ].join('\n');
    expect(links(body)).toEqual([
      { code: 'url-invalid', line: 6, column: 23, at: 'www.e.no/p' },
      { code: 'url-invalid', line: 10, column: 18, at: 'https//e.no/k' },
      { code: 'email-invalid', line: 10, column: 37, at: 'mailto:post@@e.no' },
      { code: 'email-invalid', line: 12, column: 21, at: 'mailto:a@@e.no' },
    ]);
  });
});
