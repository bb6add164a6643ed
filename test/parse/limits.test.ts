/**
 * What a source may ask of the renderer: nesting, body and page size are
 * refused by `check` with a diagnostic at the place, so build never renders
 * them, and the renderer refuses deep Markdown again if it gets it.
 */
import { describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { RenderError } from '../../src/render/render-error.js';
import { markdownDepth } from '../../src/model/limits.js';

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
