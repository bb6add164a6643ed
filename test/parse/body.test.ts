/**
 * The body is parsed without its front matter's text (only its line breaks),
 * for speed: the tree must be the one a parse of the whole file gives,
 * positions and offsets included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdown, parseMarkdown } from '../../src/parse/markdown-body.js';
import { parseBody, parseSource, portableGathering, reviveGathering } from '../../src/parse/parse.js';
import { expectSame } from '../same.js';

const root = join(import.meta.dirname, '..', '..');
const files = ['examples', 'test/fixtures/seeds'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(d, f)),
);

const wholeParse = (text: string) => {
  const tree = parseMarkdown(text);
  tree.children = tree.children.filter((c) => c.type !== 'yaml');
  return tree;
};

describe('the body tree', () => {
  beforeAll(() => loadMarkdown());

  const variants = (text: string) => [text, text.replace(/\n/g, '\r\n'), text.replace(/^(---\n)/, '$1# a comment line\n'), text.replace(/\n---\n/, '\n---\n---\nSetext?\n===\n')];

  for (const file of files) {
    it(`is the whole file's body, positions included: ${file}`, () => {
      for (const text of variants(readFileSync(join(root, file), 'utf8'))) {
        const result = parseSource(text, file);
        expect(result.gathering, result.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
        const end = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?=\r?\n|$)/.exec(text)![0].length;
        const whole = wholeParse(text);
        expectSame(parseBody(text, end), whole);
        expectSame(result.gathering!.body, whole);
      }
    });
  }
});

describe('a gathering sent to the render thread', () => {
  beforeAll(() => loadMarkdown());
  const file = join(root, 'examples', 'ost-oppstart-2020.md');
  const text = readFileSync(file, 'utf8');
  const sent = (g: ReturnType<typeof parseSource>['gathering']) => reviveGathering(structuredClone(portableGathering(g!)));

  it('arrives whole, its body read there from the text when nothing had read it', () => {
    const g = parseSource(text, file).gathering!;
    const portable = portableGathering(g);
    expect(portable.body.tree).toBeUndefined();
    const arrived = sent(g);
    const { body: _, ...fields } = g;
    // Where each value was written stays behind (the renderer never asks): the values are the same.
    expect({ ...arrived, body: undefined }).toEqual({ ...structuredClone(fields), body: undefined });
    expect(arrived.body).toEqual(wholeParse(text));
  });

  it('carries the tree, not the text, once the body has been read: it is parsed once', () => {
    const g = parseSource(text, file).gathering!;
    const tree = g.body;
    const portable = portableGathering(g);
    expect(portable.body).toEqual({ text: '', end: 0, tree });
    expect(sent(g).body).toEqual(tree);
  });
});
