/**
 * The seeds as written (test/fixtures/seeds) give exactly the findings the
 * seeds README lists under "Mistakes in the seeds", at their places and
 * naming the dates and names involved; what the seeds get right gives
 * nothing; the examples give nothing at all.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import type { Diagnostic } from '../../src/base/diagnostics/diagnostic.js';
import type { Today } from '../../src/check/context.js';
import { run } from '../cli/run.js';

const root = join(import.meta.dirname, '..', '..');
const seeds = join(root, 'test', 'fixtures', 'seeds');
/** Before every seed's gathering, so that no date is in the past. */
const today: Today = { year: 2018, month: 1, day: 1 };

const full = (d: Diagnostic) => `${d.file} ${d.span?.start.line}:${d.span?.start.column} ${d.severity} ${d.code} ${d.message}`;

function check(path: string, text = readFileSync(path, 'utf8'), options: Parameters<typeof checkSource>[2] = { today }): string[] {
  return checkSource(text, relative(root, path), options).diagnostics.map(full);
}

const seed = (n: string) => join(seeds, `${n}.md`);

describe('seeds', () => {
  it('000: the owners have nothing to do while the principals hear "Intensjoner og rammer" after lunch', () => {
    expect(check(seed('000'))).toEqual([
      'test/fixtures/seeds/000.md 44:10 warning audience-idle Nothing is scheduled for Administrative skoleeiere (owners) during "Intensjoner og rammer for det regionale samarbeidet prese…" (in the 12.15 block), which is only for Rektorer (principals)',
    ]);
  });

  it('001: nothing (the programme ends at 14.30 as the hours do; the deadline lies before the gathering)', () => {
    expect(check(seed('001'))).toEqual([]);
  });

  it('001 with its last item moved to 15.00: the programme no longer ends with the day', () => {
    const text = readFileSync(seed('001'), 'utf8');
    const moved = text.replace(/^  - time: 14\.30\n    title: Takk for i dag/m, '  - time: 15.00\n    title: Takk for i dag');
    expect(moved).not.toBe(text);
    expect(check(seed('001'), moved)).toEqual(['test/fixtures/seeds/001.md 78:11 error time-outside-hours "Takk for i dag :-)" (15.00) starts after the day ends (08.30–14.30)']);
  });

  it('002 and 003: nothing', () => {
    expect(check(seed('002'))).toEqual([]);
    expect(check(seed('003'))).toEqual([]);
  });

  it('004: the gap, the year typo, the missing venues, Sætre and Tofte twice, the session out of order', () => {
    const f = 'test/fixtures/seeds/004.md';
    expect(check(seed('004'))).toEqual([
      `${f} 24:11 warning gap Nothing is scheduled from 10.00 to 10.15, between "Progresjon, dybdelæring og baklengs planlegging" and "Å målrette innsatsen"`,
      `${f} 44:15 error date-implausible Session 3 of Gruppe 1 is dated 20.03.2109, 90 years after the file's other dates (around 2018-11-01)`,
      `${f} 44:15 error venue-missing Gruppe 1: the session on 20.03.2109 has no venue`,
      `${f} 48:88 warning member-duplicate "Sætre" is a member of Gruppe 1 and Gruppe 2`,
      `${f} 53:15 error venue-missing Gruppe 2: the session on 15.11.2018 has no venue`,
      `${f} 60:102 warning member-duplicate "Tofte" is a member of Gruppe 1 and Gruppe 3`,
      `${f} 68:15 error series-order Session 3 of Gruppe 3 (18.03.2018) is dated before session 1 (12.10.2018)`,
    ]);
  });

  it('every seed is covered above', () => {
    expect(
      readdirSync(seeds)
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual(['000.md', '001.md', '002.md', '003.md', '004.md']);
  });
});

describe('examples', () => {
  const dir = join(root, 'examples');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    it(`${name}: no errors and no warnings`, () => {
      expect(check(join(dir, name))).toEqual([]);
    });
  }
});

describe('a gathering in the past', () => {
  const project = (config?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-past-'));
    if (config) writeFileSync(join(dir, 'agenda.config.yaml'), config);
    return dir;
  };
  const lines = (stdout: string) =>
    (JSON.parse(stdout) as { line: number; column: number; severity: string; code: string; message: string }[]).map(
      (d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`,
    );

  it('warns, by default, once --today is after the gathering (and not on its day)', async () => {
    const dir = project();
    const on = await run(['check', '--format', 'json', '--today', '2025-03-21', seed('001')], {}, dir);
    expect(lines(on.stdout)).toEqual([]);
    const after = await run(['check', '--format', 'json', '--today', '2025-03-22', seed('001')], {}, dir);
    expect(lines(after.stdout)).toEqual(['10:7 warning date-past The gathering (2025-03-21) is in the past: today is 2025-03-22']);
    expect(after.code).toBe(0);
  });

  it('takes today from SOURCE_DATE_EPOCH when --today is not given, so CI does not change with the calendar', async () => {
    const dir = project();
    const r = await run(['check', '--format', 'json', seed('001')], { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 2, 22) / 1000) }, dir);
    expect(lines(r.stdout)).toEqual(['10:7 warning date-past The gathering (2025-03-21) is in the past: today is 2025-03-22']);
  });

  it('is silenced for an archive of past gatherings by the project config', async () => {
    const dir = project('rules:\n  date-past: off\n');
    const r = await run(['check', '--today', '2026-11-23', seed('001')], {}, dir);
    expect(r.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
  });
});
