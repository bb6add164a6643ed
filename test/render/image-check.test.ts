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
