/**
 * What check says of an image it cannot show, and what to do: the folder
 * searched for a missing one, to copy in one outside the project (the
 * hint named the folder of /etc/passwd, "../../etc", as if the path were
 * read from there), and no folder for one that is there but no image.
 */
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeImage } from '../../src/render/image-check.js';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'agenda-image-check-'));
  mkdirSync(join(root, 'samlinger'));
  writeFileSync(join(root, 'samlinger', 'notat.png'), 'ikke et bilde');
  return { root, base: join(root, 'samlinger') };
}

describe('the hint for an image that cannot be shown', () => {
  it('outside the project, by an absolute path or by climbing out: copy it into the project', () => {
    const { root, base } = project();
    for (const path of ['/etc/hostname', '../../../../../etc/hostname']) {
      const probed = probeImage(path, base, root, 'image');
      expect(probed).toMatchObject({ message: expect.stringContaining('outside the project folder') });
      expect((probed as { hint: string }).hint).toBe(
        `images are read only from inside the project: copy it into the folder ${relative(process.cwd(), root)} (beside the source, or in a folder below it) and write its path from the source's folder`,
      );
    }
  });

  it('missing: the folder it was looked for in', () => {
    const { root, base } = project();
    const probed = probeImage('bilder/kart.png', base, root, 'image') as { hint: string };
    expect(probed.hint).toBe(`the path is read from the folder ${relative(process.cwd(), join(base, 'bilder'))}`);
  });

  it('there but not an image: no folder to look in', () => {
    const { root, base } = project();
    const probed = probeImage('notat.png', base, root, 'image') as { message: string; hint?: string };
    expect(probed.message).toContain('is not a PNG, JPEG, GIF, WebP or SVG image');
    expect(probed.hint).toBeUndefined();
  });
});

describe('an image over 5 MB', () => {
  it('is refused with its size, and one at the limit is read', () => {
    const { root, base } = project();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const sized = (name: string, bytes: number) => {
      writeFileSync(join(base, name), png);
      truncateSync(join(base, name), bytes);
      return name;
    };
    expect(probeImage(sized('stort.png', 6 * 1024 * 1024), base, root, 'image')).toEqual({
      message: 'The image stort.png is 6,144 KB; an invitation takes images up to 5 MB',
      hint: undefined,
    });
    expect(probeImage(sized('grensa.png', 5 * 1024 * 1024), base, root, 'image')).toEqual({ bytes: 5 * 1024 * 1024 });
  });
});

describe('the hint for an image outside a project that is the working folder', () => {
  it('names the project folder by its path, not as "."', () => {
    const { root, base } = project();
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect((probeImage('/etc/hostname', base, root, 'image') as { hint: string }).hint).toContain(`copy it into the folder ${root} (`);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('an image of too many pixels', () => {
  /** A PNG's signature and header, saying `width` × `height`: all the check reads, and all a decompression bomb needs. */
  const png = (width: number, height: number) => {
    const b = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(b);
    b.write('IHDR', 12, 'latin1');
    b.writeUInt32BE(width, 16);
    b.writeUInt32BE(height, 20);
    return b;
  };
  /** A JPEG's start, an APP0 segment, and the frame header saying `width` × `height`. */
  const jpeg = (width: number, height: number) =>
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8]), Buffer.from([height >> 8, height & 255, width >> 8, width & 255]), Buffer.alloc(8)]);

  it('is refused at check time with its size, and one a page can hold is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-pixels-'));
    writeFileSync(join(dir, 'bomb.png'), png(20_000, 20_000));
    writeFileSync(join(dir, 'bomb.jpg'), jpeg(12_000, 9_000));
    writeFileSync(join(dir, 'photo.png'), png(4_000, 3_000));
    writeFileSync(join(dir, 'photo.jpg'), jpeg(8_000, 6_000));
    expect(probeImage('bomb.png', dir, dir, 'image')).toMatchObject({ message: expect.stringContaining('is 20,000 × 20,000 pixels') });
    expect(probeImage('bomb.jpg', dir, dir, 'logo')).toMatchObject({ message: expect.stringMatching(/^The logo bomb\.jpg is 12,000 × 9,000 pixels/) });
    expect(probeImage('photo.png', dir, dir, 'image')).toEqual({ bytes: 33 });
    expect(probeImage('photo.jpg', dir, dir, 'image')).toMatchObject({ bytes: expect.any(Number) });
  });
});
