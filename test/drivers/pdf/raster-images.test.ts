import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayDecodeRaster } from '../../../src/drivers/pdf/raster-images.js';
import { norwegianAgenda } from './fixtures.js';

const root = path.join(import.meta.dirname, '..', '..', '..');
const svgLogo = readFileSync(path.join(root, 'examples', 'nettverk.svg'));
const png1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const withBody = (body: string) => norwegianAgenda().replace('</body>', `${body}</body>`);
const svgData = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

describe('mayDecodeRaster: which documents the one-process browser may print', () => {
  it('lets through documents whose only images are SVG, the examples’ logo included', () => {
    expect(mayDecodeRaster(norwegianAgenda())).toBe(false);
    expect(mayDecodeRaster(withBody(`<img class="logo" src="${svgData(svgLogo.toString())}" alt="Nettverk">`))).toBe(false);
    // Percent-encoded, in single quotes, with a gradient by fragment.
    const gradient = `<svg xmlns='http://www.w3.org/2000/svg'><defs><linearGradient id='g'/></defs><rect fill='url(#g)' width='9' height='9'/></svg>`;
    expect(mayDecodeRaster(withBody(`<img src='data:image/svg+xml,${encodeURIComponent(gradient)}'>`))).toBe(false);
    expect(mayDecodeRaster(withBody('<svg width="10" height="10"><circle r="4" cx="5" cy="5"/></svg>'))).toBe(false);
  });

  it('sends raster images by data: URL, in elements and in style sheets, to separate processes', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif', 'bmp', 'PNG']) expect(mayDecodeRaster(withBody(`<img src="data:image/${type};base64,${png1x1}">`)), type).toBe(true);
    expect(mayDecodeRaster(withBody(`<div style="background: url(data:image/png;base64,${png1x1})"></div>`))).toBe(true);
    expect(mayDecodeRaster(norwegianAgenda().replace('</style>', `h1 { background-image: url('data:image/png;base64,${png1x1}') }</style>`))).toBe(true);
    expect(mayDecodeRaster(withBody(`<svg><image href="data:image/jpeg;base64,${png1x1}"/></svg>`))).toBe(true);
  });

  it('sends an image element whose URL is refused (Chromium draws its broken-image icon) to separate processes', () => {
    for (const tag of [
      '<img src="https://example.invalid/logo.png" alt="Logo">',
      '<img src="file:///etc/hostname">',
      '<img alt="no source">',
      '<IMG SRC=logo.png>',
      '<img srcset="logo.png 2x" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E">',
      '<iframe src="https://example.invalid/"></iframe>',
      '<object data="x.png"></object>',
      '<input type="image" src="x.png">',
      '<video poster="x.jpg"></video>',
      '<picture><source srcset="x.webp"></picture>',
      '<svg><image href="https://example.invalid/x.png"/></svg>',
    ])
      expect(mayDecodeRaster(withBody(tag)), tag).toBe(true);
  });

  it('looks inside SVG images for raster images, however they are encoded', () => {
    const wrapping = `<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,${png1x1}" width="9" height="9"/></svg>`;
    expect(mayDecodeRaster(withBody(`<img src="${svgData(wrapping)}">`))).toBe(true);
    expect(mayDecodeRaster(withBody(`<img src="data:image/svg+xml,${encodeURIComponent(wrapping)}">`))).toBe(true);
    // An SVG in an SVG in an SVG wrapping a PNG.
    const deep = svgData(
      `<svg xmlns="http://www.w3.org/2000/svg"><image href="${svgData(`<svg xmlns="http://www.w3.org/2000/svg"><image href="${svgData(wrapping)}"/></svg>`)}"/></svg>`,
    );
    expect(mayDecodeRaster(withBody(`<img src="${deep}">`))).toBe(true);
    // One that cannot be read is not trusted.
    expect(mayDecodeRaster(withBody('<img src="data:image/svg+xml,%E0%A4%A">'))).toBe(true);
  });

  it('judges the files given by URL by their type: fonts pass, raster images do not', () => {
    const font = { body: new Uint8Array(4), contentType: 'font/woff2' };
    expect(mayDecodeRaster(norwegianAgenda(), new Map([['https://fonts.invalid/a.woff2', font]]))).toBe(false);
    expect(mayDecodeRaster(norwegianAgenda(), new Map([['https://assets.invalid/logo.png', { body: new Uint8Array(4), contentType: 'image/png' }]]))).toBe(true);
  });
});
