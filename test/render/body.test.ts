/** The body: directives place blocks; what is not placed goes where the template puts it; other directives stay text. */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/render-html.js';
import { example, gatheringOf, inOrder, readable, root, textOf } from './helpers.js';

const source = (body: string, extra = '') => `---
title: Samling
date: 2020-01-28
${extra}programme:
  - time: 09.00
    title: Velkommen
facts:
  Sted: Rådhuset
---

${body}
`;

async function rendered(body: string, extra = ''): Promise<string> {
  return readable(renderHtml(gatheringOf(source(body, extra)), { projectRoot: root }).html);
}

describe('placing blocks', () => {
  it('a block goes where its directive stands, with its default heading', async () => {
    const text = textOf(await rendered('Før.\n\n::programme\n\nEtter.'));
    expect(inOrder(text, ['Før.', 'Program', 'Tid', '09.00', 'Velkommen', 'Etter.'])).toEqual({});
  });

  it("the directive's label is the heading; under the author's own heading there is none", async () => {
    expect(textOf(await rendered('Før.\n\n::programme[Program 28.01.20]'))).toContain('Før. Program 28.01.20 tirsdag 28. januar 2020 (forts.) Tid');
    const html = await rendered('## Dagens program\n\n::programme');
    expect(html.match(/<h2/g)).toHaveLength(1);
    // No heading of the block's to cover the label for the pages it continues on: it shows the date, and says no "(forts.)".
    expect(textOf(html)).toContain('Dagens program tirsdag 28. januar 2020 Tid Innhold');
  });

  it('blocks not placed go where the template puts them', async () => {
    const text = textOf(await rendered('Bare tekst.'));
    expect(inOrder(text, ['Sted', 'Rådhuset', 'Bare tekst.', 'Program', '09.00', 'Velkommen'])).toEqual({});
  });

  it('004: "Grupper og tider for samlinger" is the groups\' heading; no second one', async () => {
    const { html } = renderHtml(example('asker-ledernettverk-nov-2018'), { projectRoot: root });
    expect(readable(html)).toContain('<h2>Grupper og tider for samlinger</h2>\n</div>\n<section class="block groups">\n<table');
  });

  it(':::aside becomes the side panel, out of the flow of the prose', async () => {
    const html = await rendered('Først.\n\n:::aside\nVisjon.\n:::\n\nSå.');
    expect(html).toContain('<aside class="side-panel">\n<p>Visjon.</p>\n</aside>');
    expect(html).toContain('<p>Først.</p>\n<p>Så.</p>');
  });
});

describe("other directives are the author's text", () => {
  it('text directives ("kl 10:30") and unknown leaf and container directives', async () => {
    const text = textOf(await rendered('Vi starter kl 10:30 og ser :abbr[HTML]{title="x"}.\n\n::kart\n\n:::ramme\nInni.\n:::'));
    expect(text).toContain('Vi starter kl 10:30 og ser :abbr[HTML]{title="x"}.');
    expect(text).toContain('::kart');
    expect(text).toContain('Inni.');
  });
});
