/** Every code's documentation link (the JSON and GitHub reports carry it) leads to a heading that is there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { codes, docsOf } from '../../../src/base/diagnostics/codes.js';

const root = join(import.meta.dirname, '..', '..', '..');
/** GitHub's anchor for a Markdown heading. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

it('links each code to a section of the documentation that exists', () => {
  for (const code of Object.keys(codes)) {
    const [path, anchor] = docsOf(code).split('#');
    const headings = readFileSync(join(root, path), 'utf8')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => slug(l.replace(/^#+ /, '')));
    expect(headings, `${code} → ${docsOf(code)}`).toContain(anchor);
  }
});
