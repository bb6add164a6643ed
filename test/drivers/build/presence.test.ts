/**
 * An audience that joins at 13.00 on the first day and is there all of the
 * second (issue 14): checked clean, printed right on each day, and built for
 * every audience without an internal error or a half-written file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { envWith, listFiles, project, tempDir } from './helpers.js';

const twoDays = `---
title: Nettverkssamling
date: 2026-03-12
template: timetable
audiences:
  reps: Utvalgte representanter
  general:
    label: Alle deltakere
    from: 13.00
days:
  - date: 2026-03-12
    hours: 10.00–16.00
    programme:
      - time: 10.00–12.00
        title: Representantskapsmøte
        for: reps
      - time: 12.00–13.00
        title: Lunsj
      - time: 13.00–16.00
        title: Åpning og foredrag
  - date: 13.03
    hours: 09.00–12.15
    audiences:
      general: {}
    programme:
      - time: 09.00–11.00
        title: Seminar om samarbeid
      - time: 11.00–12.15
        title: Oppsummering
        for: [reps, general]
---

Velkommen.
`;

describe('an audience there at other times on another day', { timeout: 60_000 }, () => {
  it('checks clean', async () => {
    const dir = await project({ 'samling.md': twoDays });
    const r = await run(['check', join(dir, 'samling.md'), '--today', '2026-01-01'], envWith(), dir);
    expect(r.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
  });

  it('builds for every audience: exit 0, each day as that audience has it, no half-written file', async () => {
    const dir = await project({ 'samling.md': twoDays });
    const out = await tempDir('agenda-presence-out-');
    const r = await run(['build', dir, '--out', out, '--no-pdf', '--audience', 'all', '--today', '2026-01-01'], envWith(), dir);
    expect(r.stderr).not.toMatch(/internal|before it starts/);
    expect(r.code).toBe(0);
    const files = await listFiles(out);
    expect(files.filter((f) => /\.(html|ics)$/.test(f)).sort()).toEqual([
      'calendar.general.ics',
      'calendar.ics',
      'calendar.reps.ics',
      'index.html',
      'samling.general.html',
      'samling.general.ics',
      'samling.html',
      'samling.ics',
      'samling.reps.html',
      'samling.reps.ics',
    ]);
    expect(files.filter((f) => /\.tmp|~$/.test(f))).toEqual([]);

    // The whole invitation: day 2's seminar is for everyone, not the representatives alone.
    const all = await readFile(join(out, 'samling.html'), 'utf8');
    const day2 = all.slice(all.indexOf('Seminar om samarbeid') - 200, all.indexOf('Seminar om samarbeid') + 200);
    expect(day2).toContain('Alle');
    expect(day2).not.toContain('Utvalgte representanter');
    // The general audience's invitation: from 13.00 on day 1, all of day 2.
    const general = await readFile(join(out, 'samling.general.html'), 'utf8');
    expect(general).toContain('Seminar om samarbeid');
    expect(general).not.toContain('Representantskapsmøte');
    const ics = await readFile(join(out, 'samling.general.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("without the day's word, the item for the general audience on day 2 is audience-absent and the build still never fails inside", async () => {
    const dir = await project({ 'samling.md': twoDays.replace('    audiences:\n      general: {}\n', '') });
    const check = await run(['check', join(dir, 'samling.md'), '--today', '2026-01-01'], envWith(), dir);
    expect(check.stdout).toContain('audience-absent');
    expect(check.stdout).toContain('on 2026-03-13');
    const lenient = twoDays.replace('    audiences:\n      general: {}\n', '').replace('template: timetable\n', 'template: timetable\nrules: {audience-absent: warning}\n');
    const dir2 = await project({ 'samling.md': lenient });
    const out = await tempDir('agenda-presence-out-');
    const r = await run(['build', dir2, '--out', out, '--no-pdf', '--audience', 'all', '--today', '2026-01-01'], envWith(), dir2);
    expect(r.stderr).not.toMatch(/internal|before it starts/);
    expect(r.code).toBe(0);
    const ics = await readFile(join(out, 'samling.general.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
