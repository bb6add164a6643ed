/**
 * Images are put into the page every time they are shown: a 5 MB photo
 * shown twenty times made a 134 MB HTML file that no browser could print.
 * `check` counts the images' bytes together (images-too-large, at the image
 * that goes over 10 MB), and the renderer refuses such a page if it is
 * given one unchecked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { probeImage } from '../../src/render/image-check.js';
import { RenderError, renderHtml } from '../../src/render/render-html.js';
import { parseSource } from '../../src/parse/parse.js';

const dir = mkdtempSync(join(tmpdir(), 'agenda-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A PNG signature and 4 MB behind it: what check and the renderer count is the file's bytes.
writeFileSync(join(dir, 'stor.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4 * 1024 * 1024)]));

const source = (shown: number) =>
  `---\ntitle: Bilder\ndate: 2027-03-04\nprogramme:\n  - time: "09.00"\n    title: Start\n---\n\n${Array.from({ length: shown }, (_, i) => `![Bilde ${i + 1}](stor.png)`).join('\n\n')}\n`;
const file = join(dir, 'bilder.md');
const check = (text: string) => checkSource(text, file, { probeImage: (path, base) => probeImage(path, base, dir, 'image') }).diagnostics;

describe('the images of one invitation together', () => {
  it('pass up to 10 MB: one 4 MB image shown twice', () => {
    expect(check(source(2)).filter((d) => d.code.startsWith('image'))).toEqual([]);
  });

  it('are an error at the image that goes over 10 MB, once', () => {
    const found = check(source(4)).filter((d) => d.code === 'images-too-large');
    expect(found).toHaveLength(1);
    expect(found[0].span?.start).toMatchObject({ line: 13, column: 1 });
    expect(found[0].message).toContain('come to 12.0 MB; at most 10.0 MB');
  });

  it('are refused by the renderer too, when a page comes to it unchecked', () => {
    const { gathering } = parseSource(source(3), file);
    expect(() => renderHtml(gathering!, { projectRoot: dir })).toThrow(RenderError);
    expect(() => renderHtml(gathering!, { projectRoot: dir })).toThrow(/more than 10 MB together/);
  });
});
