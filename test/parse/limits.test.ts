/**
 * What a source may ask of the renderer: nesting, body and page size are
 * refused by `check` with a diagnostic at the place, so build never renders
 * them, and the renderer refuses deep or busy Markdown again if it gets it.
 */
import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { RenderError } from '../../src/render/render-error.js';
import { markdownDepth, markdownMarks } from '../../src/model/limits.js';
import { loadMarkdown, parseMarkdown } from '../../src/parse/markdown-body.js';
import { parseBody } from '../../src/parse/parse.js';
import { visit } from 'unist-util-visit';

const head = '---\ntitle: Samling\ndate: 2026-03-01\n';
const check = (text: string) => checkSource(text, 'x.md', { today: { year: 2026, month: 1, day: 1 } });
const refused = (text: string) => {
  const result = check(text);
  expect(result.gathering).toBeUndefined();
  return result.diagnostics.filter((d) => d.severity === 'error');
};
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n');
const md = () => ({ image: () => undefined, footnoteLabel: 'Noter', fragments: 0 });

describe('body nesting', { timeout: 60_000 }, () => {
  const deep: [string, string, number][] = [
    ['a 100-level nested list', nestedList(100), 41],
    ['20,000 nested >', `${'>'.repeat(20_000)} sitat`, 9],
    ['5,000 "- " on one line', `${'- '.repeat(5000)}x`, 9],
    ['ordered lists within quotes', `${'> 1. '.repeat(40)}x`, 9],
  ];
  for (const [name, body, line] of deep) {
    it(`${name}: one markdown-too-deep error at the first line too deep, no gathering`, () => {
      const errors = refused(`${head}---\nInnledning.\n\nMer.\n\n${body}\n`);
      expect(errors.map((d) => d.code)).toEqual(['markdown-too-deep']);
      expect(errors[0].span?.start.line).toBe(line);
    });
  }

  it('32 levels are still rendered, as are long horizontal rules and numbered years', () => {
    const body = `${nestedList(32)}\n\n${'- '.repeat(60)}\n\n2026. Et år\n`;
    expect(check(`${head}---\n${body}`).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the depth estimate is never below the real depth', () => {
    for (const [text, real] of [
      ['- a\n  - b\n    - c', 3],
      ['> - > 1. x', 4],
      ['-\t-\t- x', 3],
      ['  > > x', 2],
    ] as const) {
      expect(markdownDepth(text).depth).toBeGreaterThanOrEqual(real);
    }
  });
});

describe('front matter Markdown', { timeout: 60_000 }, () => {
  it('a fact nested 100 levels deep is refused at the fact', () => {
    const errors = refused(`${head}facts:\n  Sted: "${'>'.repeat(100)} x"\n---\n`);
    expect(errors.map((d) => [d.code, d.span?.start.line])).toEqual([['markdown-too-deep', 5]]);
    expect(errors[0].message).toContain('"Sted"');
  });

  it('the renderer refuses deep Markdown it is given unchecked, without a stack overflow', () => {
    expect(() => markdownToHtml(`${'>'.repeat(20_000)} x`, md())).toThrow(RenderError);
    expect(() => markdownToHtml(`${'- '.repeat(5000)}x`, md())).toThrow(RenderError);
    expect(markdownToHtml('> - sitat', md())).toContain('<blockquote>');
  });

  it('says why in the language spoken', async () => {
    await useLanguage('nn');
    try {
      expect(() => markdownToHtml(`${'>'.repeat(20_000)} x`, md())).toThrow(/^Ein tekst har lister og sitat i [\d\s]+ nivå inni kvarandre; ein invitasjon kan vise høgst 32$/);
    } finally {
      await useLanguage('en');
    }
  });
});

describe('sizes', { timeout: 60_000 }, () => {
  it('a body over 200,000 characters is refused', () => {
    const errors = refused(`${head}---\n${'Tekst. '.repeat(40_000)}\n`);
    expect(errors.map((d) => [d.code, d.span?.start.line])).toEqual([['body-too-large', 5]]);
  });

  it('texts over 500,000 characters together are refused', () => {
    // Each text under its own limit (MAX_TEXT_CHARS), together over the page's.
    const facts = Array.from({ length: 25 }, (_, i) => `  Om${i}: ${'d'.repeat(16_000)}\n`).join('');
    const errors = refused(`${head}facts:\n${facts}---\n${'Tekst. '.repeat(20_000)}\n`);
    expect(errors.map((d) => d.code)).toEqual(['page-too-large']);
  });
});

/**
 * Markdown pairs the marks of one paragraph with each other at a cost that
 * grows with their number squared: 200,000 characters of `a] ` in one
 * paragraph took 90 s of the parser. Past MAX_PARAGRAPH_MARKS marks in one
 * paragraph, `check` refuses the source at the paragraph, and the renderer
 * refuses such a text again if it is given one unchecked.
 */
describe('marks in one paragraph', { timeout: 60_000 }, () => {
  const busy = '*a* _b_ `c` [d](https://e.no) ';

  it('a paragraph of 48,000 marks is refused at its line, in the body and in a fact, and nothing parses it', () => {
    const errors = refused(`${head}---\nInnledning.\n\n- punkt\n\n${busy.repeat(6000)}\n\nSlutt.\n`);
    expect(errors.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([['markdown-too-many-marks', 9, 1]]);
    expect(errors[0].message).toBe('A paragraph of the body has 48,000 marks (* _ ~ ` [ ] <); at most 1,000 can be read in one paragraph');
    const fact = refused(`${head}facts:\n  Sted: "${'a] '.repeat(1200)}"\n---\n`);
    expect(fact.map((d) => [d.code, d.span?.start.line])).toEqual([['markdown-too-many-marks', 5]]);
    expect(fact[0].message).toContain('"Sted"');
  });

  it('the same marks in paragraphs of their own are read: a long programme is far inside the limit', () => {
    const paragraphs = Array.from({ length: 3 }, () => busy.repeat(100)).join('\n\n');
    const items = Array.from({ length: 200 }, (_, i) => `- **${i}** [påmelding](https://e.no/${i}) \`kode\``).join('\n');
    const result = check(`${head}---\n${paragraphs}\n\n${items}\n`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.gathering).toBeDefined();
  });

  it('a paragraph is counted whole through lines that only look like a new block', () => {
    // Each of these lines continues the paragraph before it (the parser reads them as its text): a count cut there would let quadratic paragraphs through.
    for (const line of ['10. a', '    - a', '>     - a', '``` a`b', '-', '#hashtag', '---']) {
      const text = `${'a] '.repeat(600)}\n${line}\n${'a] '.repeat(600)}`;
      expect(markdownMarks(text).marks, line).toBeGreaterThan(1000);
    }
    for (const line of ['', '> ', '- a', '* a', '1. a', '## a', '```', '~~~']) {
      const text = `${'a] '.repeat(600)}\n${line}\n${'a] '.repeat(600)}`;
      expect(markdownMarks(text).marks, JSON.stringify(line)).toBeLessThanOrEqual(1000);
    }
  });

  it('the count of a paragraph is never below what the parser reads as one', async () => {
    await loadMarkdown();
    const texts = [
      'a] *b* [c](d)\n10. e] `f`\n    - g]\n\n- h] *i*\n  j] <k>\n- l]',
      '> a] *b*\n> c] ~d~\n>\n> e]\n\n# f] *g*\nh] _i_',
      '| a] | *b* |\n| - | - |\n| c] | [d](e) |\n\n1. a]\n2. b]\n\n``` x`y\nz]',
    ];
    for (const text of texts) {
      let most = 0;
      visit(parseMarkdown(text), (node) => {
        if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') && node.position) {
          const own = [...text.slice(node.position.start.offset, node.position.end.offset)].filter((c) => '*_~`[]<'.includes(c)).length;
          most = Math.max(most, own);
        }
      });
      expect(markdownMarks(text).marks, text).toBeGreaterThanOrEqual(most);
    }
  });

  it('the renderer refuses a text over the limit it is given unchecked, in the language spoken', async () => {
    expect(() => markdownToHtml('a] '.repeat(1200), md())).toThrow(/^A paragraph has 1,200 marks/);
    expect(() => parseBody(`---\ntitle: T\n---\n${'a] '.repeat(1200)}`, 18)).toThrow(/^A paragraph has 1,200 marks/);
    expect(markdownToHtml('a] '.repeat(900), md())).toContain('a]');
    await useLanguage('sv');
    try {
      expect(() => markdownToHtml('a] '.repeat(1200), md())).toThrow(/^Ett stycke har 1[\s\u00a0]200 tecken som/);
    } finally {
      await useLanguage('en');
    }
  });
});
