/**
 * A programme without times prints as a numbered agenda. A board's agenda
 * often numbers its items itself ("1. Opening", "Sak 23/26 Budsjett"):
 * then the page adds no number of its own, which printed "1. 1. Opening".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root } from './helpers.js';

beforeAll(() => useLanguage('en'));
afterAll(() => useLanguage('en'));

const agenda = (titles: string[]) => `---\ntitle: Board meeting\ndate: 2027-06-03\nlanguage: en\nprogramme:\n${titles.map((t) => `  - title: "${t}"\n`).join('')}---\n`;
const list = (html: string) => /<ol class="agenda[^"]*">/.exec(html)?.[0];

describe('an agenda without times', () => {
  it('is numbered by the page when its items are not', () => {
    const { html } = renderHtml(gatheringOf(agenda(['Opening', 'Minutes', 'Budget'])), { projectRoot: root });
    expect(list(html)).toBe('<ol class="agenda">');
  });

  it('is not numbered again when every item has its author’s number', () => {
    for (const titles of [
      ['1. Opening and approval of the agenda', '2. Minutes', '3. Budget 2028'],
      ['Sak 23/26 Budsjett', 'Sak 24/26 Skolerute', 'Sak 25/26 Eventuelt'],
      ['1) Opening', '2) Minutes'],
    ]) {
      const { html } = renderHtml(gatheringOf(agenda(titles)), { projectRoot: root });
      expect(list(html), titles[0]).toBe('<ol class="agenda own-numbers">');
      expect(html).toMatch(/\.agenda\.own-numbers \{[^}]*list-style: none/);
    }
  });

  it('is numbered by the page when only some items have a number', () => {
    const { html } = renderHtml(gatheringOf(agenda(['1. Opening', 'Minutes', '2028 budget'])), { projectRoot: root });
    expect(list(html)).toBe('<ol class="agenda">');
  });
});
