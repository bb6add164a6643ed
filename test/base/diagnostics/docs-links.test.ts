/**
 * Every code's documentation link (the JSON and GitHub reports carry it, in
 * the language spoken) leads to a heading that is there, in every language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { codes, docsOf } from '../../../src/base/diagnostics/codes.js';
import { languages } from '../../../src/base/i18n/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
/** GitHub's anchor for a Markdown heading. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');

it.each(languages)('%s: links each code to a section of the documentation that exists', (language) => {
  for (const code of Object.keys(codes)) {
    const link = docsOf(code, language);
    const [path, anchor] = link.split('#');
    if (language !== 'en') expect(path, code).toBe(`docs/${language}/rules.md`);
    const lines = readFileSync(join(root, path), 'utf8').split('\n');
    const headings = lines.map((l, i) => ({ i, m: /^(#{1,6}) (.*)$/.exec(l) })).filter((h) => h.m);
    const at = headings.findIndex((h) => slug(h.m![2]) === anchor);
    expect(at, `${code} → ${link}`).toBeGreaterThanOrEqual(0);
    // The section the link leads to (to the next heading of its level or above) names the code.
    const level = headings[at].m![1].length;
    const next = headings.slice(at + 1).find((h) => h.m![1].length <= level);
    expect(lines.slice(headings[at].i, next?.i).join('\n'), `${code} → ${link}`).toContain(`\`${code}\``);
  }
});
