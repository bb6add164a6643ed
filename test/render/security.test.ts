/**
 * A hostile source renders to a page with nothing that runs or loads:
 * no script, no event handler, no iframe, no javascript: or file: URL, no
 * address an <img>, a style sheet or a font would fetch.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/render-html.js';
import { gatheringOf, root } from './helpers.js';

const hostile = `---
title: "Samling </title><script>alert('title')</script>"
subtitle: "<img src=x onerror=alert(1)>"
organiser: "Evil\\" onload=\\"alert(1)"
date: 2020-01-28
facts:
  "Sted<script>": "<script>alert('fact')</script> [x](javascript:alert(1))"
  Bilde: "![hostname](file:///etc/hostname)"
programme:
  - time: 09.00
    title: "<b onmouseover=alert(1)>Velkommen</b>"
    details: |
      <iframe src="https://example.com/"></iframe>
      [klikk](javascript:alert(1)) <a href="javascript:alert(2)">a</a>

      ![remote](https://example.com/pixel.png) ![local](file:///etc/passwd)
      <svg onload="alert(1)"></svg> <object data="x"></object> <embed src="x">
deadlines:
  - date: 2020-01-20
    what: Påmelding
    to: "javascript:alert(1)"
registration:
  link: "javascript:alert(1)"
contact:
  email: "x@y.no"
  name: "<script>alert(1)</script>"
---

Hei <script>alert('body')</script> <img src="file:///etc/hostname" onerror="alert(1)">

<iframe src="file:///etc/hostname"></iframe>

[lenke](javascript:alert(1)) [fil](file:///etc/passwd) ![bilde](file:///etc/hostname)
![ekstern](http://127.0.0.1:8080/x.png) <a href="JaVaScRiPt:alert(1)">stor</a>

<style>body { background: url(http://127.0.0.1/x) }</style>
<link rel="stylesheet" href="http://127.0.0.1/x.css">
<form action="http://127.0.0.1/"><input onfocus="alert(1)" autofocus></form>
`;

describe('a hostile source', () => {
  it('renders to HTML with nothing that runs or loads', async () => {
    const { html } = renderHtml(gatheringOf(hostile), { projectRoot: root });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe|<object|<embed|<form|<link|<svg/i);
    // Event handlers in a tag; javascript: and file: in an attribute (as text they are harmless).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/=\s*["']?\s*(?:javascript|file):/i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(?:javascript|file|https?):/i);
    expect(html).not.toMatch(/127\.0\.0\.1|example\.com\/pixel/);
    for (const [, src] of html.matchAll(/\ssrc="([^"]*)"/g)) expect(src).toMatch(/^data:image\//);
    for (const [, url] of html.matchAll(/url\(([^)]*)\)/g)) expect(url).toMatch(/^data:/);
    // Only the page's own <style> elements: the one in <head> and the page footer's.
    expect(html.match(/<style/g)).toHaveLength(2);
  });

  it('keeps what the author meant as text, escaped', async () => {
    const { html } = renderHtml(gatheringOf(hostile), { projectRoot: root });
    expect(html).toContain('<title>Samling &lt;/title&gt;&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</title>');
    expect(html).toContain('&lt;b onmouseover&#x3D;alert(1)&gt;Velkommen&lt;/b&gt;');
    expect(html).toContain('<meta name="author" content="Evil&quot; onload&#x3D;&quot;alert(1)">');
    // An image that may not load is its alt text.
    expect(html).toContain('<dd><p>hostname</p></dd>');
  });

  it('a footer text cannot leave its CSS string or the style element', async () => {
    const { html } = renderHtml(gatheringOf(hostile), {
      projectRoot: root,
      branding: { footer: 'Org" } body { display: none } </style><script>alert(1)</script>' },
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('</style><script>');
    expect(html).toContain('@bottom-left { content: "Org\\22  } body { display: none } \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "; }');
  });
});
