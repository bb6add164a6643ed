/**
 * The whole HTML of each example (and of an audience's and a group's
 * invitation) against test/render/golden/, embedded fonts shortened. The
 * built-in base.css, which every page carries, is held once in
 * golden/base.css and stands in each page as a marker. UPDATE=1 rewrites
 * them; review the diff like any other change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml, type RenderOptions } from '../../src/render/render-html.js';
import { templateSet } from '../../src/render/templates.js';
import { example, examples, readable, root } from './helpers.js';

const golden = join(import.meta.dirname, 'golden');
const update = !!process.env.UPDATE;

const cases: [string, string, RenderOptions][] = [
  ...examples.map((name): [string, string, RenderOptions] => [name, name, {}]),
  ['ost-oppstart-2020.principals', 'ost-oppstart-2020', { audience: 'principals' }],
  ['asker-ledernettverk-nov-2018.group-2', 'asker-ledernettverk-nov-2018', { group: 1 }],
];

/** base.css as the page carries it: the renderer drops blank lines. */
const base = templateSet()
  .css('base.css')
  .replace(/\n(?:[ \t]*\n)+/g, '\n')
  .trimEnd();
const BASE_MARKER = '/* base.css: test/render/golden/base.css */';

/** `text` against the golden file `name`; UPDATE=1 writes it. A missing golden fails: CI must not make its own. */
function matchesGolden(name: string, text: string): void {
  const file = join(golden, name);
  if (update) writeFileSync(file, text);
  expect(existsSync(file), `${name} has no golden: run the test with UPDATE=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('golden HTML', () => {
  it('base.css', () => {
    expect(base.length).toBeGreaterThan(1000);
    matchesGolden('base.css', base);
  });

  for (const [name, source, options] of cases) {
    it(name, () => {
      const { html } = renderHtml(example(source), { projectRoot: root, ...options });
      expect(html.split(base).length - 1, 'the page carries base.css once').toBe(1);
      matchesGolden(`${name}.html`, readable(html.replace(base, BASE_MARKER)));
    });
  }
});
