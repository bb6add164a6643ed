/**
 * `agenda explain`: a code's summary, its rule's explanation and examples
 * (checked, in the language spoken), and how to change its severity; a
 * rule's id; the list of every code by stage; an unknown code as bad usage
 * with a suggestion; text that fits a terminal, or JSON.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { codes, type Code, type Stage, stages } from '../../src/base/diagnostics/codes.js';
import { loadLanguage, sayIn, useLanguage } from '../../src/base/messages/index.js';
import { explanationOf, sourceOf, titleOf } from '../../src/check/rule.js';
import { rules } from '../../src/check/rules/index.js';
import { wrap } from '../../src/cli/explain.js';
import { main } from '../../src/cli/main.js';
import { run } from './run.js';

for (const l of ['nb', 'nn', 'da', 'sv'] as const) await loadLanguage(l);
// main() run in this process speaks the language it is given (`--lang nb` last): the files after this one in its worker read English.
afterAll(() => useLanguage('en'));

/** Text with its line breaks and indents made single spaces, so a wrapped paragraph can be found whole. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
/** A catalogue text as a terminal without colour shows it: each code span in the language's quotes, no backticks. */
const shownIn = (language: 'en' | 'nb' | 'nn' | 'da' | 'sv', s: string) => flat(s.replace(/`([^`]*)`/g, (_, text: string) => sayIn(language, 'quoted', { text })));

const overlaps = rules.find((r) => r.id === 'overlaps')!;

describe('agenda explain CODE', () => {
  it('says overlap in Danish: summary, explanation, examples with their findings, severity', async () => {
    const r = await run(['explain', 'overlap', '--lang', 'da']);
    expect(r.code).toBe(0);
    const text = flat(r.stdout);
    expect(text).toContain(shownIn('da', sayIn('da', 'overlap.summary')));
    expect(text).toContain(shownIn('da', explanationOf(overlaps, 'da')));
    expect(text).toContain(`Rigtigt: ${titleOf(overlaps.ok[0], 'da')}`);
    expect(text).toContain(`Forkert: ${titleOf(overlaps.notOk[0], 'da')}`);
    // The finding, checked in Danish, under the example's source.
    expect(text).toContain('7:11 overlap »Gruppearbejde« (09.45–10.30) ligger samtidig med »Oplæg« (09.00–10.00)');
    expect(r.stdout).toContain('    rules:\n      overlap: warning\n');
    expect(text).toContain(shownIn('da', sayIn('da', 'explain.severity.rule', { rule: 'overlaps' })));
    expect(text).toContain('docs/da/rules.md#overlaps');
    // None of the English of the same page.
    for (const english of [sayIn('en', 'overlap.summary'), titleOf(overlaps.ok[0], 'en'), 'Examples', 'Severity', 'overlaps "Foredrag"']) expect(text).not.toContain(english);
  });

  it('shows the examples in Danish: the programme a Danish secretary would write, not the bokmål one', async () => {
    const r = await run(['explain', 'overlap', '--lang', 'da']);
    // Every line of every Danish source, as written (indented, never wrapped).
    for (const e of [...overlaps.ok, ...overlaps.notOk]) for (const line of sourceOf(e, 'da').split('\n').filter(Boolean)) expect(r.stdout).toContain(`    ${line}\n`);
    for (const danish of ['title: Gruppearbejde', 'title: Oplæg', 'title: Stående frokost', 'principals: Skoleledere']) expect(r.stdout).toContain(danish);
    for (const bokmal of ['Gruppearbeid', 'Foredrag', 'title: Samling', 'Stående lunsj', 'Skoleeiere', 'Rektorer', 'Kaffe\n']) expect(r.stdout).not.toContain(bokmal);
  });

  it('shows only the not-ok examples that report the code asked for', async () => {
    const text = flat((await run(['explain', 'alongside-unknown', '--lang', 'en'])).stdout);
    expect(text).toContain(titleOf(overlaps.notOk.find((e) => e.title.endsWith('alongside-unknown'))!, 'en'));
    expect(text).not.toContain(titleOf(overlaps.notOk[0], 'en'));
  });

  it('explains a rule by its id, with each of its codes', async () => {
    const r = await run(['explain', 'overlaps', '--lang', 'sv']);
    expect(r.code).toBe(0);
    for (const c of overlaps.codes) expect(flat(r.stdout)).toContain(`${c.id} ${shownIn('sv', sayIn('sv', `${c.id}.summary`))}`);
    expect(r.stdout).toContain('      overlaps: warning\n');
  });

  it('says of a code beyond the rules that its severity cannot be changed, and why it matters', async () => {
    const text = flat((await run(['explain', 'key-unknown', '--lang', 'nb'])).stdout);
    expect(text).toContain(shownIn('nb', sayIn('nb', 'key-unknown.summary')));
    expect(text).toContain(shownIn('nb', sayIn('nb', 'explain.why.parse')));
    expect(text).toContain(shownIn('nb', sayIn('nb', 'explain.severity.fixed', { stage: 'parse', severity: 'error' })));
    expect(text).not.toContain('rules: key-unknown');
  });

  it('takes the language from the locale, as every command does', async () => {
    const r = await run(['explain', 'gap'], { LANG: 'sv_SE.UTF-8' });
    expect(flat(r.stdout)).toContain(shownIn('sv', sayIn('sv', 'gap.summary')));
  });

  it('has, for every code in every language, a summary, an explanation and example titles of its own, not the English', () => {
    for (const language of ['nb', 'nn', 'da', 'sv'] as const) {
      for (const [code, info] of Object.entries(codes) as [Code, { stage: Stage; rule?: string }][]) {
        const summary = sayIn(language, `${code}.summary`);
        expect(summary, `${language} ${code}`).toBeTruthy();
        expect(summary, `${language} ${code}: the English`).not.toBe(sayIn('en', `${code}.summary`));
        if (info.stage === 'check') continue;
        const why = `explain.why.${info.stage as Exclude<Stage, 'check'>}` as const;
        expect(sayIn(language, why), `${language} ${code}: the English`).not.toBe(sayIn('en', why));
      }
      for (const rule of rules) {
        expect(explanationOf(rule, language), `${language} ${rule.id}: the English`).not.toBe(explanationOf(rule, 'en'));
        for (const e of [...rule.ok, ...rule.notOk]) expect(titleOf(e, language), `${language} ${e.title}: the English`).not.toBe(titleOf(e, 'en'));
      }
    }
  });

  it('explains every code and every rule', async () => {
    for (const word of [...Object.keys(codes), ...rules.map((r) => r.id)]) {
      const r = await run(['explain', word, '--lang', 'nb']);
      expect(r.code, word).toBe(0);
      expect(r.stderr, word).toBe('');
    }
  });

  it('refuses an unknown code as bad usage, with the nearest code or rule', async () => {
    const r = await run(['explain', 'overlapp', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('did you mean overlap?');
    const nb = await run(['explain', 'medlem-duplikat', '--lang', 'nb']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toContain('agenda explain');
    expect(nb.stderr).not.toContain('did you mean');
  });

  it('answers --format json with the same content', async () => {
    const out = JSON.parse((await run(['explain', 'date-past', '--format', 'json', '--lang', 'en'])).stdout);
    expect(out).toMatchObject({ code: 'date-past', rule: 'dates', stage: 'check', severity: 'warning', configurable: true, docs: 'docs/rules.md#dates' });
    const past = out.examples.find((e: { kind: string }) => e.kind === 'not-ok');
    expect(past.setting).toEqual(['(with `--today 2026-11-23`)']);
    expect(past.reports[0]).toMatchObject({ code: 'date-past', line: expect.any(Number), column: expect.any(Number) });
  });
});

describe('agenda explain, without a code', () => {
  it('lists every code under its stage, with its summary in the language spoken', async () => {
    const r = await run(['explain', '--lang', 'nn']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const headingAt = (stage: string) => lines.findIndex((l) => l.startsWith(`${stage}: `));
    for (const [code, info] of Object.entries(codes)) {
      const at = lines.findIndex((l) => new RegExp(`^ +${code} `).test(l));
      expect(at, code).toBeGreaterThan(headingAt(info.stage));
      const next =
        stages
          .slice(stages.indexOf(info.stage) + 1)
          .map(headingAt)
          .find((i) => i >= 0) ?? lines.length;
      expect(at, code).toBeLessThan(next);
      expect(flat(lines.slice(at).join('\n'))).toContain(`${code} ${shownIn('nn', sayIn('nn', `${code as Code}.summary`))}`);
    }
  });

  it('lists them as JSON', async () => {
    const list = JSON.parse((await run(['explain', '--format', 'json'])).stdout) as { code: string; stage: string }[];
    expect(list.map((c) => c.code)).toEqual(Object.keys(codes));
  });
});

describe('the text fits a terminal', () => {
  it('wraps prose to the width, without Markdown marks; sources stay as written', async () => {
    let stdout = '';
    const code = await main(['explain', 'weekday-mismatch', '--lang', 'en'], {
      stdout: (s) => void (stdout += s),
      stderr: () => undefined,
      env: {},
      color: false,
      cwd: process.cwd(),
      columns: 60,
    });
    expect(code).toBe(0);
    const dates = rules.find((r) => r.id === 'dates')!;
    const sourceLines = new Set(
      dates.ok.concat(dates.notOk).flatMap((e) =>
        sourceOf(e, 'en')
          .split('\n')
          .map((l) => l.trim()),
      ),
    );
    const prose = stdout.split('\n').filter((l) => !sourceLines.has(l.trim()) && !/^ {4}\d+:\d+ /.test(l));
    for (const line of prose) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(prose.join('\n')).not.toContain('`');
    expect(stdout).toContain('    title: Meeting Wednesday 28 January 2020\n');
  });

  it('wrap breaks at spaces only, keeps the indent, and counts a code without its backticks', () => {
    expect(wrap('one two three four', 9, '  ')).toBe('  one two\n  three\n  four\n');
    expect(wrap('a `rules:` b', 12, '', (s) => s)).toBe('a rules: b\n');
    expect(wrap('averyveryverylongword x', 5, '')).toBe('averyveryverylongword\nx\n');
  });

  it('keeps a code span whole and its boundary visible where it touches a hyphen, a full stop or a bracket', () => {
    // Without colour, the quotes of the language spoken (English here) mark the span: never "----block" or "www.." again.
    expect(wrap('no `---`-block; `www.`. (`email`)', 80, '')).toBe('no "---"-block; "www.". ("email")\n');
    // A span that holds spaces is one word: never broken, its backticks never left behind.
    expect(wrap('turn it off (`rules: {date-past: off}`) here', 20, '')).toBe('turn it off\n("rules: {date-past: off}")\nhere\n');
    // A lone backtick is a character like any other.
    expect(wrap('a ` b', 80, '')).toBe('a ` b\n');
    // In colour, the colour is the boundary: the span stands in cyan, the hyphen after it does not.
    expect(wrap('`---`-block', 80, '', (s) => `\u001b[36m${s}\u001b[39m`)).toBe('\u001b[36m---\u001b[39m-block\n');
  });

  it('shows every code span of the code list with its boundary, in every language', async () => {
    for (const language of ['en', 'nb', 'nn', 'da', 'sv'] as const) {
      let stdout = '';
      await main(['explain', '--lang', language], { stdout: (s) => void (stdout += s), stderr: () => undefined, env: {}, color: false, cwd: process.cwd(), columns: 100 });
      for (const code of Object.keys(codes) as Code[]) {
        const summary = sayIn(language, `${code}.summary`);
        for (const [, span] of summary.matchAll(/`([^`]*)`/g)) expect(flat(stdout), `${language} ${code}`).toContain(sayIn(language, 'quoted', { text: span }));
      }
      expect(stdout, language).not.toContain('`');
    }
    // The case of the review: bokmål's "`---`-blokk".
    let nb = '';
    await main(['explain', '--lang', 'nb'], { stdout: (s) => void (nb += s), stderr: () => undefined, env: {}, color: false, cwd: process.cwd(), columns: 100 });
    expect(nb).toContain('ingen «---»-blokk øverst i fila');
    expect(nb).not.toContain('----blokk');
  });
});
