/**
 * `agenda schema --draft 07` and `--config`: schemas the YAML extension of
 * VS Code (draft-07) can use, with a description and an example on every
 * field and the written forms of times and dates as patterns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');

function frontMatter(file: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`no front matter in ${file}`);
  return parse(m[1]);
}

async function schemaOf(args: string[]) {
  const { code, stdout } = await run(['schema', ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Record<string, unknown>;
}

type Node = Record<string, unknown>;

/** Every property of a schema, with its path; a $ref's target is walked once. */
function properties(schema: Node): { path: string; node: Node }[] {
  const defs = (schema.$defs ?? schema.definitions ?? {}) as Record<string, Node>;
  const out: { path: string; node: Node }[] = [];
  const seen = new Set<Node>();
  const walk = (node: Node, path: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (typeof node.$ref === 'string') walk(defs[node.$ref.split('/').pop()!], path);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const o of (node[key] as Node[]) ?? []) walk(o, path);
    for (const [key, child] of Object.entries((node.properties as Record<string, Node>) ?? {})) {
      out.push({ path: `${path}${key}`, node: child });
      walk(child, `${path}${key}.`);
    }
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      out.push({ path: `${path}*`, node: node.additionalProperties as Node });
      walk(node.additionalProperties as Node, `${path}*.`);
    }
    if (node.items && typeof node.items === 'object') walk(node.items as Node, `${path}[].`.replace('.[]', '[]'));
  };
  walk(schema, '');
  return out;
}

describe('agenda schema --draft 07', async () => {
  const schema = await schemaOf(['--draft', '07']);
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);

  it('is a draft-07 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(schema)).not.toContain('$defs');
  });

  for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) {
    it(`validates examples/${name} with ajv in draft-07 mode`, () => {
      const ok = validate(frontMatter(join(examples, name)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('holds times and dates to their written forms', () => {
    const base = { title: 'x', date: '2020-01-28' };
    expect(validate({ ...base, hours: '08:30–14:30' })).toBe(true);
    expect(validate({ ...base, hours: 'kl. 9-15' })).toBe(true);
    expect(validate({ ...base, hours: 'morning' })).toBe(false);
    expect(validate({ ...base, date: '28.01.2020' })).toBe(false);
    expect(
      validate({
        ...base,
        programme: [
          { time: 'fra 09.30', title: 'a' },
          { time: '0900', title: 'b' },
        ],
      }),
    ).toBe(true);
    expect(validate({ ...base, programme: [{ time: 'ni', title: 'a' }] })).toBe(false);
    expect(
      validate({
        ...base,
        deadlines: [
          { date: '14.03.-25', what: 'a' },
          { date: '28.1', what: 'b' },
        ],
      }),
    ).toBe(true);
    expect(validate({ ...base, deadlines: [{ date: 'i morgen', what: 'a' }] })).toBe(false);
    expect(validate({ ...base, rules: { 'no-such-rule': 'off' } })).toBe(false);
  });
});

describe('the schemas carry a description and an example on every field', () => {
  for (const args of [[], ['--draft', '07'], ['--config'], ['--config', '--draft', '07']]) {
    it(`agenda schema ${args.join(' ')}`, async () => {
      const missing = properties(await schemaOf(args))
        .filter(({ node }) => typeof node.description !== 'string' || !Array.isArray(node.examples))
        .map(({ path }) => path);
      expect(missing).toEqual([]);
    });
  }
});

describe('agenda schema --config', async () => {
  const schema = await schemaOf(['--config']);
  const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(schema);

  it("validates this repository's config and the README's example", () => {
    expect(validate(parse(readFileSync(join(root, 'agenda.config.yaml'), 'utf8')))).toBe(true);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /An `agenda.config.yaml`[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1];
    expect(validate(parse(example)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an unknown key, a bad colour and an unknown rule', () => {
    expect(validate({ tempalte: 'welcome' })).toBe(false);
    expect(validate({ branding: { accent: 'blue' } })).toBe(false);
    expect(validate({ rules: { overlapz: 'off' } })).toBe(false);
    expect(validate({ rules: { overlaps: 'off' }, 'max-warnings': 0 })).toBe(true);
  });
});
