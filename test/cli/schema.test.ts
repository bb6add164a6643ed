import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const examples = join(import.meta.dirname, '..', '..', 'examples');

function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new Error(`no front matter in ${file}`);
  return parse(m[1]);
}

describe('agenda schema', async () => {
  const { code, stdout } = await run(['schema']);
  const schema = JSON.parse(stdout);
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);

  it('prints a JSON Schema and exits 0', () => {
    expect(code).toBe(0);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'date']));
  });

  for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) {
    it(`validates examples/${name} as read by a plain YAML 1.2 parser`, () => {
      const ok = validate(frontMatter(join(examples, name)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('rejects an unknown key, a missing title and an unknown language', () => {
    expect(validate({ title: 'x', date: '2020-01-28', venu: 'Oslo' })).toBe(false);
    expect(validate({ date: '2020-01-28' })).toBe(false);
    expect(validate({ title: 'x', date: '2020-01-28', language: 'de' })).toBe(false);
    expect(validate({ title: 'x', date: '2020-01-28', programme: [{ title: 'a', items: [{ titel: 'b' }] }] })).toBe(false);
  });

  it('accepts a minimal gathering', () => {
    expect(validate({ title: 'x', date: '2020-01-28' })).toBe(true);
  });
});

describe('the forms real programmes needed (issue 14)', async () => {
  const { stdout } = await run(['schema']);
  const schema = JSON.parse(stdout);
  const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(schema);
  const base = { title: 'x', date: '2026-03-12' };

  it("shows and accepts alongside, evening and a day's audiences", () => {
    expect(stdout).toContain('"alongside"');
    expect(stdout).toContain('"evening"');
    const item = (extra: object) => ({ ...base, programme: [{ time: '11.00–12.00', title: 'Lunsj', ...extra }] });
    expect(validate(item({ alongside: 'Registrering' }))).toBe(true);
    expect(validate(item({ alongside: ['Registrering', 'Kaffe'] }))).toBe(true);
    expect(validate(item({ evening: true }))).toBe(true);
    expect(validate(item({ evening: 'ja' }))).toBe(false);
    const day = (audiences: unknown) => ({ ...base, audiences: { general: 'Alle' }, days: [{ date: '2026-03-12', audiences }] });
    expect(validate(day({ general: {} }))).toBe(true);
    expect(validate(day({ general: { from: '09.00', until: '12.00' } }))).toBe(true);
    expect(validate(day({ general: { form: '09.00' } }))).toBe(false);
  });
});
