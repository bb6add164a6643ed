/**
 * One decision on a link's scheme, for `check` and for the sanitizer: a
 * destination however it is spelt (character references, backslash escapes,
 * upper case, a reference definition) is a link in the page exactly when
 * check says nothing about its scheme, and one check calls unsafe never
 * reaches the page. check used to read the text as written and miss
 * `jav&#x61;script:`, `&#106;avascript:` and `javascript\:`, which the
 * parser decodes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { markdownToHtml } from '../../src/render/markdown.js';

const today = { year: 2026, month: 1, day: 1 };

/** Destinations as an author (or an attacker) may write them, and whether each runs code or reads the disk. */
const destinations: [string, 'unsafe' | 'dropped' | 'kept'][] = [
  ['javascript:alert(1)', 'unsafe'],
  ['JavaScript:alert(1)', 'unsafe'],
  ['jav&#x61;script:alert(1)', 'unsafe'],
  ['&#106;avascript:alert(1)', 'unsafe'],
  ['javascript\\:alert(1)', 'unsafe'],
  ['javascript&colon;alert(1)', 'unsafe'],
  ['jav&Tab;ascript:alert(1)', 'unsafe'],
  ['&#x20;javascript:alert(1)', 'unsafe'],
  ['<jav&#x61;script:alert(1)>', 'unsafe'],
  ['vbscript:msgbox(1)', 'unsafe'],
  ['VBScript&#58;msgbox(1)', 'unsafe'],
  ['file:///etc/passwd', 'unsafe'],
  ['fil&#101;:///etc/passwd', 'unsafe'],
  ['data:text/html,<script>alert(1)</script>', 'unsafe'],
  ['ftp://example.no/fil', 'dropped'],
  ['tel:+4712345678', 'dropped'],
  ['https://example.no/side', 'kept'],
  ['HTTPS://example.no/side', 'kept'],
  ['https&#58;//example.no/side', 'kept'],
  ['mailto:post@example.no', 'kept'],
  ['program.pdf', 'kept'],
  ['#påmelding', 'kept'],
  ['side?tid=09:00', 'kept'],
];

/** The ways a destination reaches the page: a link in the body, in a fact, and through a reference definition. */
const places = (d: string) => [
  { where: 'body', source: `---\ntitle: T\ndate: 2026-03-02\n---\n\nSe [her](${d}).\n`, markdown: `Se [her](${d}).` },
  { where: 'fact', source: `---\ntitle: T\ndate: 2026-03-02\nfacts:\n  Lenke: "Se [her](${d.replace(/\\/g, '\\\\')})."\n---\n`, markdown: `Se [her](${d}).` },
  { where: 'reference', source: `---\ntitle: T\ndate: 2026-03-02\n---\n\nSe [her][r].\n\n[r]: ${d}\n`, markdown: `Se [her][r].\n\n[r]: ${d}` },
];

const context = () => ({ image: () => undefined, footnoteLabel: 'Fotnoter', fragments: 0 });

describe('a link scheme, decided once', () => {
  beforeAll(loadMarkdown);

  it.each(destinations)('%s is %s, in check and in the page alike', (destination, expected) => {
    for (const { where, source, markdown } of places(destination)) {
      const codes = checkSource(source, 'x.md', { today }).diagnostics.map((d) => d.code);
      const html = markdownToHtml(markdown, context());
      const linked = /<a href=/.test(html);
      const said = codes.includes('link-unsafe') ? 'unsafe' : codes.includes('link-dropped') ? 'dropped' : 'kept';
      expect({ where, said, linked }).toEqual({ where, said: expected, linked: expected === 'kept' });
      expect(html).not.toMatch(/href="\s*(?:javascript|vbscript|file|data):/i);
    }
  });
});
