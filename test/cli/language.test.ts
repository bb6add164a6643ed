/**
 * The language the command line speaks: --lang, else the config's
 * `messages:`, else the locale, else English; and what it says in it (the
 * summary, the JSON Schema's descriptions).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { run } from './run.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');

/** A project folder whose agenda.config.yaml says `config` (and lets the examples be past). */
function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-lang-'));
  writeFileSync(join(dir, 'agenda.config.yaml'), `rules:\n  date-past: off\n${config}`);
  return dir;
}

afterAll(() => useLanguage('en'));

describe("the config's messages:", () => {
  it('is the language spoken when --lang names none, before the locale', async () => {
    const dir = project('# the tool speaks Swedish here\nmessages: sv   # sv, nb, nn, da or en\n');
    expect((await run(['check', examples], { LANG: 'nb_NO.UTF-8' }, dir)).stdout).toBe('8 filer kontrollerade: 0 fel, 0 varningar\n');
    expect((await run(['check', examples], {}, dir)).stdout).toBe('8 filer kontrollerade: 0 fel, 0 varningar\n');
    expect((await run(['check', examples, '--lang', 'en'], { LANG: 'nb_NO.UTF-8' }, dir)).stdout).toBe('8 files checked: 0 errors, 0 warnings\n');
  });

  it('is read from the config named with --config', async () => {
    const other = project('messages: "da"\n');
    const here = project('messages: sv\n');
    const r = await run(['check', examples, '--config', join(other, 'agenda.config.yaml')], {}, here);
    expect(r.stdout).toBe('8 filer tjekket: 0 fejl, 0 advarsler\n');
  });

  it('leaves the locale to decide when it names no language agenda speaks, and says what is wrong', async () => {
    const dir = project('messages: de\n');
    const r = await run(['check', examples], { LANG: 'nb_NO.UTF-8' }, dir);
    expect(r.stdout).toContain('8 filer sjekket');
    expect(r.stdout).toMatch(/agenda\.config\.yaml\n\s+3:\d+/);
    expect(r.code).not.toBe(0);
  });
});

type Node = Record<string, unknown>;

/** Every description in a schema, by where it is. */
function descriptions(node: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  if (typeof n.description === 'string') out.set(path, n.description);
  for (const [key, child] of Object.entries(n)) descriptions(child, `${path}/${key}`, out);
  return out;
}

describe('agenda schema --lang', () => {
  for (const args of [[], ['--config']]) {
    it(`gives every description of agenda schema ${args.join(' ')} in the language asked for`, async () => {
      const english = JSON.parse((await run(['schema', ...args, '--lang', 'en'])).stdout);
      const en = descriptions(english);
      expect(en.size).toBeGreaterThan(15);
      expect(en.get('/properties/title') ?? en.get('/properties/template')).toBeDefined();
      for (const language of ['nb', 'nn', 'da', 'sv']) {
        const schema = JSON.parse((await run(['schema', ...args, '--lang', language])).stdout);
        const said = descriptions(schema);
        expect([...said.keys()]).toEqual([...en.keys()]);
        const english = [...said].filter(([path, text]) => text === en.get(path)).map(([path]) => path);
        expect(english, language).toEqual([]);
        expect(schema.title).not.toBe(JSON.parse((await run(['schema', ...args, '--lang', 'en'])).stdout).title);
      }
    });
  }

  it('keeps the English of today with --lang en, whatever the locale', async () => {
    const schema = JSON.parse((await run(['schema', '--lang', 'en'], { LANG: 'sv_SE.UTF-8' })).stdout);
    expect(schema.properties.title.description).toBe("The gathering's title, the invitation's heading");
    expect(schema.properties.venue.description).toBe('Where it takes place: a name, or {name, address, room, city, link}');
  });
});
