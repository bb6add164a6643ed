/**
 * The whole HTML of each example (and of an audience's and a group's
 * invitation) against test/render/golden/, embedded fonts shortened.
 * UPDATE=1 rewrites them; review the diff like any other change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml, type RenderOptions } from '../../src/render/render-html.js';
import { example, examples, readable, root } from './helpers.js';

const golden = join(import.meta.dirname, 'golden');
const update = !!process.env.UPDATE;

const cases: [string, string, RenderOptions][] = [
  ...examples.map((name): [string, string, RenderOptions] => [name, name, {}]),
  ['ost-oppstart-2020.principals', 'ost-oppstart-2020', { audience: 'principals' }],
  ['asker-ledernettverk-nov-2018.group-2', 'asker-ledernettverk-nov-2018', { group: 1 }],
];

describe('golden HTML', () => {
  for (const [name, source, options] of cases) {
    it(name, async () => {
      const { html } = await renderHtml(example(source), { projectRoot: root, ...options });
      const printed = readable(html);
      const file = join(golden, `${name}.html`);
      if (update || !existsSync(file)) writeFileSync(file, printed);
      expect(printed).toBe(readFileSync(file, 'utf8'));
    });
  }
});
