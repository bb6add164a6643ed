/**
 * Issue 25, point 2: bidi controls, zero-width and other invisible
 * characters in any text of a source or the config pass `check` no more.
 * Each text that holds any gets one `hidden-character` warning, at the
 * line and column of the first such character, naming its code point, with
 * the count; real text of other scripts gets none.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';
import { loadLanguage, useLanguage } from '../../src/base/messages/index.js';
import { checkSource } from '../../src/pipeline/compile.js';
import { readConfigText } from '../../src/pipeline/config.js';
import { hostile } from './hidden-sources.js';

const today = { year: 2026, month: 1, day: 1 };

/** "line:column" of the character after `before` in `text`. */
function at(text: string, before: string): string {
  const offset = text.indexOf(before) + before.length;
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}

const found = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'hidden-character').map((d) => `${d.span?.start.line}:${d.span?.start.column} ${d.message}`);

describe('hidden characters in a source', () => {
  it('are warned about once per text, at the first one, named, with the count', () => {
    const { diagnostics } = checkSource(hostile, 'x.md', { today });
    const one = (name: string) => `holds an invisible character, ${name}: the invitation leaves it out`;
    expect(found(diagnostics)).toEqual([
      `${at(hostile, 'Invoice ')} "title" ${one('U+202E RIGHT-TO-LEFT OVERRIDE')}`,
      `${at(hostile, 'Vår')} "subtitle" ${one('U+200B ZERO WIDTH SPACE')}`,
      `${at(hostile, 'Rådhu')} "venue" ${one('U+200B ZERO WIDTH SPACE')}`,
      `${at(hostile, 'Rek')} "rektorer" holds 2 invisible characters, the first U+2066 LEFT-TO-RIGHT ISOLATE: the invitation leaves them out`,
      `${at(hostile, '  Pri')} The name "Pri\\u{200b}s" ${one('U+200B ZERO WIDTH SPACE')}`,
      `${at(hostile, 'gratis')} "Pri\\u{200b}s" ${one('U+2060 WORD JOINER')}`,
      `${at(hostile, 'Påmel')} "what" ${one('U+200D ZERO WIDTH JOINER')}`,
      `${at(hostile, 'Velkommen ')} "title" ${one('U+202E RIGHT-TO-LEFT OVERRIDE')}`,
      `${at(hostile, 'Kaffe og ')} "details" holds 2 invisible characters, the first U+E0068 TAG LATIN SMALL LETTER H: the invitation leaves them out`,
      `${at(hostile, 'Gruppe')} "label" ${one('U+200B ZERO WIDTH SPACE')}`,
      `${at(hostile, 'Sol')} "members" ${one('U+200B ZERO WIDTH SPACE')}`,
      `${at(hostile, 'i tide')} The text holds 4 invisible characters, the first U+200B ZERO WIDTH SPACE: the invitation leaves them out`,
      `${at(hostile, '## Over')} The text ${one('U+202E RIGHT-TO-LEFT OVERRIDE')}`,
    ]);
    expect(diagnostics.filter((d) => d.code === 'hidden-character').every((d) => d.severity === 'warning')).toBe(true);
    // One character wide: an editor underlines the character itself, not the whole value.
    const title = diagnostics.find((d) => d.code === 'hidden-character')!;
    expect(title.span!.end.offset - title.span!.start.offset).toBe(1);
  });

  it('are placed at the escape when the source writes them as a YAML escape or a character reference', () => {
    const source = '---\ntitle: "Invoice \\u202Egnp.exe"\nsubtitle: "a\\U000E0068"\ndate: 2026-03-02\n---\n\nSe her&#x200B;, og&#8203; der.\n';
    const spans = checkSource(source, 'x.md', { today })
      .diagnostics.filter((d) => d.code === 'hidden-character')
      .map((d) => `${d.span?.start.line}:${d.span?.start.column}-${d.span?.end.column}`);
    expect(spans).toEqual(['2:17-23', '3:13-23', '7:7-15']);
  });

  it('come with a fix that takes them out of the text, and nothing else', () => {
    const { diagnostics } = checkSource(hostile, 'x.md', { today });
    const fixes = diagnostics.filter((d) => d.code === 'hidden-character').map((d) => d.fix);
    expect(fixes.every((f) => f !== undefined)).toBe(true);
    // Applied from the end, each over its own text, they leave a source check finds nothing hidden in, with every word kept.
    let fixed = hostile;
    for (const f of fixes.sort((a, b) => b!.span.start.offset - a!.span.start.offset)) fixed = fixed.slice(0, f!.span.start.offset) + f!.text + fixed.slice(f!.span.end.offset);
    expect(found(checkSource(fixed, 'x.md', { today }).diagnostics)).toEqual([]);
    expect(fixed).toBe(hostile.replace(/[\u202e\u200b\u2066\u2069\u2060\u200d\u{e0068}\u{e0069}]/gu, ''));
  });

  it('come with no fix where one is written as an escape, or a mark is judged in its paragraph', () => {
    const escaped = '---\ntitle: "Invoice \\u202Egnp.exe"\ndate: 2026-03-02\n---\n\nHilsen *שלום* og [lenke\u200f](https://x.no).\n';
    const { diagnostics } = checkSource(escaped, 'x.md', { today });
    const warned = diagnostics.filter((d) => d.code === 'hidden-character');
    // The mark in the link's text is fine in the Hebrew paragraph; the title's escape is no character a fix could delete.
    expect(warned.map((d) => [d.span?.start.line, d.fix])).toEqual([[2, undefined]]);
  });

  it('come with no fix where taking one out would join an escape of another', () => {
    // U+202E inside a character reference: without it, `&#8238;` is itself U+202E, and a YAML `\u202E` the same.
    const source = '---\ntitle: Samling\ndate: 2026-03-02\n---\n\nSe her &#8\u202e238;, og her\u202e.\n';
    const { diagnostics } = checkSource(source, 'x.md', { today });
    const warned = diagnostics.filter((d) => d.code === 'hidden-character');
    expect(warned.map((d) => [d.span?.start.line, d.fix])).toEqual([[6, undefined]]);
    // Where no escape is joined, the same paragraph's fix stands.
    const plain = source.replace('&#8\u202e238;', 'der');
    const fix = checkSource(plain, 'x.md', { today }).diagnostics.find((d) => d.code === 'hidden-character')?.fix;
    expect(fix?.text).toBe('Se her der, og her.');
  });

  it('are none in real text of other scripts, with the invisible characters those scripts and emoji need', () => {
    const real = [
      '---',
      'title: "Velkommen – ברוכים הבאים!\u200f"',
      'subtitle: مرحبا بكم في الاجتماع السنوي',
      'date: 2026-03-02',
      'venue: Kulturhuset, می\u200cخواهم',
      'facts:',
      '  Språk: "हिन्दी क्\u200dष, ශ්\u200dරී ලංකා, ภาษา\u200bไทย"',
      '  Emoji: 👩\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}',
      '  Orddeling: Kommune\u00adstyresalen',
      '---',
      '',
      'Familiedag for alle 👩\u200d👩\u200d👧, og *שלום*\u200f på hebraisk.',
      '',
    ].join('\n');
    const { diagnostics } = checkSource(real, 'x.md', { today });
    expect(found(diagnostics)).toEqual([]);
  });

  it('can be turned off in `rules:`, by the code or by the rule', () => {
    for (const rules of ['hidden-character: off', 'characters: off']) {
      const source = hostile.replace('---\ntitle', `---\nrules: {${rules}}\ntitle`);
      expect(found(checkSource(source, 'x.md', { today }).diagnostics)).toEqual([]);
    }
  });

  it('are said in the language of the messages', async () => {
    await loadLanguage('nb');
    await useLanguage('nb');
    try {
      const [first] = found(checkSource(hostile, 'x.md', { today }).diagnostics);
      expect(first).toBe(`${at(hostile, 'Invoice ')} «title» inneholder et usynlig tegn, U+202E RIGHT-TO-LEFT OVERRIDE, som invitasjonen utelater`);
    } finally {
      await useLanguage('en');
    }
  });
});

describe('hidden characters in the config', () => {
  const config = [
    'branding:',
    '  organisation: Asker\u200b kommune',
    '  footer: "Side \u202e1"',
    'site:',
    '  title: Invitasjoner\u2067',
    '  introduction: Her er \u200binvitasjonene.',
    'sources: ["sam\u200blinger/*.md"]',
    '',
  ].join('\n');

  it('are warned about in the texts a reader sees, at the character, and not in paths and names', () => {
    const { diagnostics } = readConfigText(config, '/tmp/agenda.config.yaml');
    expect(found(diagnostics)).toEqual([
      `${at(config, 'Asker')} "organisation" holds an invisible character, U+200B ZERO WIDTH SPACE: the invitation leaves it out`,
      `${at(config, 'Side ')} "footer" holds an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE: the invitation leaves it out`,
      `${at(config, 'Invitasjoner')} "title" holds an invisible character, U+2067 RIGHT-TO-LEFT ISOLATE: the invitation leaves it out`,
      `${at(config, 'Her er ')} "introduction" holds an invisible character, U+200B ZERO WIDTH SPACE: the invitation leaves it out`,
    ]);
  });

  it('follow the config’s own `rules:`', () => {
    expect(found(readConfigText(`rules: {hidden-character: off}\n${config}`, '/tmp/agenda.config.yaml').diagnostics)).toEqual([]);
    const errors = readConfigText(`rules: {characters: error}\n${config}`, '/tmp/agenda.config.yaml').diagnostics.filter((d) => d.code === 'hidden-character');
    expect(errors.map((d) => d.severity)).toEqual(['error', 'error', 'error', 'error']);
  });
});
