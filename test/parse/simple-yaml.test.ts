/**
 * The simple YAML reader against the `yaml` package: whatever the simple
 * reader accepts, it must read as the package does (the data zod sees,
 * every node's range, the file positions of every span), with nothing the
 * package would report. Checked on every source the repository has and on
 * variants of them (a sample here, thousands in
 * simple-yaml.volume.test.ts) (comments, blank lines, quotes, odd values,
 * shifted indentation …); what the simple reader declines goes the full road.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/base/lines.js';
import { FrontMatter } from '../../src/model/schema.js';
import { parseSimpleYaml } from '../../src/parse/yaml/simple-yaml.js';
import { readYaml } from '../../src/parse/yaml/read-yaml.js';
import { differences, place, sources, spansOf, variantsAgree } from './simple-yaml-compare.js';

describe('the simple YAML reader', () => {
  it('reads every example and seed (the fast road is the usual one)', () => {
    const usual = sources.filter((s) => /^(examples|test\/fixtures\/seeds)\//.test(s.name));
    expect(usual.length).toBeGreaterThanOrEqual(10);
    expect(usual.filter((s) => !parseSimpleYaml(s.yaml)).map((s) => s.name)).toEqual([]);
  });

  for (const { name, yaml } of sources) {
    it(`agrees with the yaml package: ${name}`, () => {
      expect(differences(yaml).problems).toEqual([]);
      const simple = readYaml(yaml, place, FrontMatter);
      const full = readYaml(yaml, place, FrontMatter, { simple: false });
      expect(simple.diagnostics).toEqual(full.diagnostics);
      expect(JSON.stringify(simple.value)).toBe(JSON.stringify(full.value));
      expect(JSON.stringify(spansOf(simple.value))).toBe(JSON.stringify(spansOf(full.value)));
      // Placed through the file's lines, indexed once (as the parser does), the spans are the same.
      const lines = new LineIndex(`---\n${yaml}`);
      for (const simpleRoad of [true, false]) {
        const indexed = readYaml(yaml, { ...place, lines }, FrontMatter, { simple: simpleRoad });
        expect(JSON.stringify(spansOf(indexed.value))).toBe(JSON.stringify(spansOf(full.value)));
      }
    });
  }

  const shapes = [
    'programme:\n- time: 1\n  title: a\n- time: 2\nnext: x',
    'a:\n  - |\n    text\n    more\n  - b',
    'a:\n  -\n    k: v\n  -\n    - x',
    'a: [{date: 1, venue: x y}, {date: 2}]\nb: {a: [1, 2], c: d}',
    "a: 'it''s'\nb: \"x y\"\nc: ''",
    'kl:10: v\nb: http://x.no:80/a',
    'a: |\n  one\n\n  two\n\n',
    'a: |-\n  one\n  two',
    'a: |\n  one\n    deeper\n  back\nb: 1',
    'a:\n  b:\n    c:\n      - d\n      - e\n  f: g\nh: i\n',
    'a: ~\nb: null\nc: true\nd: False\ne: 0900\nf: 14.10\ng: .inf\nh: 0x1F',
    'a: [~, x]\nb: {c: ~, d: 1}',
    '# top\n\na: 1 # c\n# mid\nb:   2   \n',
    'a:\n  # c\n  - 1\n  # d\n  - 2\nb: 3',
    'a: {x: y}   # c\nb: [ 1 , 2 ]',
    'a: |\n\n  x',
    'a: |\n  x\n  \n  y',
  ];
  for (const yaml of shapes) {
    it(`reads ${JSON.stringify(yaml)} as the yaml package does`, () => {
      expect(differences(yaml)).toEqual({ accepted: true, problems: [] });
    });
  }

  it('agrees on a sample of the variants, or declines them', () => {
    // Every source, one variant each: simple-yaml.volume.test.ts runs thirteen each.
    const { failures, accepted, total } = variantsAgree(1);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(accepted / total).toBeGreaterThan(0.3);
  });
});
