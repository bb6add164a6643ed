/**
 * The calendars a build writes, read as a calendar program would (ical.js)
 * and checked against RFC 5545 by a second, strict reader (rfc5545.ts):
 * times across summer and winter time, one UID per event across views,
 * SEQUENCE that rises when a source changes, the programme and link in
 * DESCRIPTION, reminders, and the feeds to subscribe to.
 */
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { EPOCH, envWith, listFiles, project, root, source, tempDir } from '../../drivers/build/helpers.js';
import { rfc5545Problems } from './rfc5545.js';

interface Event {
  uid: string;
  summary: string;
  start: Date;
  end?: Date;
  allDay: boolean;
  sequence: number;
  description: string;
  /** When the alarm goes off: a floating local time for an all-day event, UTC (Z) for a timed one. */
  alarms: { trigger: string; at: string }[];
}

function events(text: string): Event[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate(),
      end: e.endDate?.toJSDate(),
      allDay: e.startDate.isDate,
      sequence: e.sequence,
      description: e.description ?? '',
      alarms: c.getAllSubcomponents('valarm').map((a) => {
        const trigger = a.getFirstPropertyValue('trigger') as ICAL.Duration;
        const start = e.startDate.clone();
        // An all-day start is a date: local midnight wherever the reader is.
        if (start.isDate) start.isDate = false;
        start.addDuration(trigger);
        return { trigger: trigger.toString(), at: start.toString() };
      }),
    };
  });
}

async function build(paths: string[], out: string, args: string[] = [], env = envWith({ SOURCE_DATE_EPOCH: EPOCH }), cwd = root) {
  const r = await run(['build', ...paths, '--out', out, '--no-pdf', '--today', '2018-01-01', ...args], env, cwd);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
}

/** An output by its name: the views lie below their project's folders (examples/, test/fixtures/…: README, "Where the outputs go"), the site's files at the top. */
async function read(dir: string, file: string): Promise<string> {
  const all = await listFiles(dir);
  return readFile(join(dir, all.includes(file) ? file : (all.find((f) => f.endsWith(`/${file}`)) ?? file)), 'utf8');
}

describe('every calendar the examples and test sources give', () => {
  let out: string;
  let calendars: string[];
  beforeAll(async () => {
    out = await tempDir('agenda-ics-');
    await build(['examples', 'test/fixtures/reproducible'], out, ['--audience', 'all', '--groups']);
    calendars = (await listFiles(out)).filter((f) => f.endsWith('.ics'));
    // Builds every example's every view: over 10 s on a machine shared with other test runs.
  }, 120_000);

  it('are valid RFC 5545 to a strict reader, folded at 75 octets, and read by ical.js', async () => {
    expect(calendars.length).toBeGreaterThan(15);
    for (const file of calendars) {
      const text = await read(out, file);
      expect(rfc5545Problems(text), file).toEqual([]);
      for (const e of events(text)) {
        expect(e.uid, file).toMatch(/^[0-9a-f]{32}@agenda\.invalid$/);
        expect(e.summary, file).not.toBe('');
      }
    }
  });

  it('give each event one UID in every view: a deadline in name.ics and name.ppr.ics is one event', async () => {
    const whole = events(await read(out, 'koege-netvaerksdag-2027.ics'));
    const ppr = events(await read(out, 'koege-netvaerksdag-2027.ppr.ics'));
    const deadlines = (list: Event[]) => list.filter((e) => e.summary.startsWith('Frist')).map((e) => e.uid);
    expect(deadlines(ppr)).toHaveLength(2);
    expect(deadlines(ppr)).toEqual(deadlines(whole));
    expect(ppr[0].uid).toBe(whole[0].uid);
    for (const file of calendars) {
      const uids = events(await read(out, file)).map((e) => e.uid);
      expect(new Set(uids).size, file).toBe(uids.length);
    }
  });

  it('put times at the right instant in winter and summer time', async () => {
    const york = events(await read(out, 'york-seminar-2027.ics'));
    // Oslo: 27 March 2027 is winter time (UTC+1); 28 March, after 02:00, summer time (UTC+2).
    expect(york[0].start.toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(york[1].start.toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(york[1].end?.toISOString()).toBe('2027-03-28T11:00:00.000Z');
    const asker = events(await read(out, 'asker-ledernettverk-nov-2018.ics'));
    const session = (d: string) => asker.find((e) => e.start.toISOString().startsWith(d))!;
    expect(session('2018-09-06').start.toISOString()).toBe('2018-09-06T06:30:00.000Z');
    expect(session('2018-11-01').start.toISOString()).toBe('2018-11-01T07:30:00.000Z');
  });

  it('describe a day by its programme in short, in the gathering’s language and for the view’s audience', async () => {
    const [day] = events(await read(out, 'koege-netvaerksdag-2027.ics'));
    expect(day.description).toContain('Inkluderende læringsmiljøer i praksis\n\nProgram\n08.30–09.00 Ankomst og morgenmad\n09.00–09.15 Velkomst\n');
    expect(day.description).toContain('10.45–12.00 Værksteder\n  Værksted A – Overgange\n  Værksted B – Fravær\n    10.45–11.15 Oplæg');
    const [ppr] = events(await read(out, 'koege-netvaerksdag-2027.ppr.ics'));
    expect(ppr.description).not.toContain('Velkomst');
    expect(ppr.description).toContain('12.00–12.45 Frokost');
    expect(ppr.start.toISOString()).toBe('2027-03-16T11:00:00.000Z');
    const [sv] = events(await read(out, 'uppsala-natverk-2027.ics')).filter((e) => e.description.includes('Program'));
    expect(sv.description).toContain('09.00–09.30 Inledning');
    const [en] = events(await read(out, 'york-seminar-2027.ics'));
    expect(en.description).toContain('Programme\n09:00–09:30 Welcome');
  });

  it('remind of a deadline the days before that the source asks for', async () => {
    const [registration] = events(await read(out, 'uppsala-natverk-2027.ics')).filter((e) => e.summary.endsWith('Anmälan'));
    // All day on 14 October: three days before, at 09:00 local time.
    expect(registration.alarms.map((a) => a.trigger)).toEqual(['-P2DT15H']);
    expect(registration.alarms[0].at).toBe('2027-10-11T09:00:00');
    const [york] = events(await read(out, 'york-seminar-2027.ics')).filter((e) => e.summary.startsWith('Deadline'));
    expect(york.alarms).toEqual([{ trigger: '-P2D', at: '2027-03-10T16:00:00Z' }]);
    const koege = events(await read(out, 'koege-netvaerksdag-2027.ics'));
    expect(koege.flatMap((e) => e.alarms)).toEqual([]);
  });

  it('gather every gathering in calendar.ics and each audience’s in calendar.<audience>.ics', async () => {
    const all = events(await read(out, 'calendar.ics'));
    const whole = [
      'asker-ledernettverk-nov-2018',
      'kongsberg-samling-2025',
      'nordre-sunnmore-august',
      'ost-oppstart-2020',
      'roskilde-ledelseskonferencer-2020',
      'vastra-natverket-2026-27',
      'aarhus-skoleledermoede-2026',
      'sogn-haustseminar-2026',
      'koege-netvaerksdag-2027',
      'uppsala-natverk-2027',
      'york-seminar-2027',
    ];
    const expected = (await Promise.all(whole.map(async (n) => events(await read(out, `${n}.ics`))))).flat();
    expect(all.map((e) => e.uid).sort()).toEqual(expected.map((e) => e.uid).sort());
    expect(rfc5545Problems(await read(out, 'calendar.ics'))).toEqual([]);

    const ppr = events(await read(out, 'calendar.ppr.ics'));
    const pprDay = ppr.find((e) => e.summary === 'Netværksdag for skoleledere og PPR')!;
    expect(pprDay.start.toISOString()).toBe('2027-03-16T11:00:00.000Z');
    // ØST invites owners and principals, not PPR; York invites no one in particular, so everyone.
    expect(ppr.some((e) => e.summary.startsWith('Oppstartsamling'))).toBe(false);
    expect(ppr.some((e) => e.summary.startsWith('Regional Seminar'))).toBe(true);
    const principals = events(await read(out, 'calendar.principals.ics'));
    expect(principals.find((e) => e.summary.startsWith('Oppstartsamling'))!.start.toISOString()).toBe('2020-01-28T10:30:00.000Z');

    const index = await read(out, 'index.html');
    for (const feed of ['calendar.ics', 'calendar.ppr.ics', 'calendar.ledere.ics', 'calendar.owners.ics', 'calendar.principals.ics']) {
      expect(index).toContain(`<a href="${feed}">`);
      expect(rfc5545Problems(await read(out, feed)), feed).toEqual([]);
    }
  });
});

// Each test builds a project (a second or two; far more at a load of 20 on two cores, where 5 s timed out).
describe('a source that changes', { timeout: 60_000 }, () => {
  const moved = (hours: string) =>
    source({ title: 'Samling', extra: `deadlines:\n  - { date: 2030-02-20, what: Påmelding, remind: 3 }\n` }).replace('hours: 09.00–12.00', `hours: ${hours}`);

  /** What a calendar program keeps on re-import (RFC 5546 §2.1.5): the version with the higher SEQUENCE, else the later DTSTAMP. */
  function reimport(store: Map<string, Event>, text: string) {
    for (const e of events(text)) {
      const had = store.get(e.uid);
      if (!had || e.sequence >= had.sequence) store.set(e.uid, e);
    }
  }

  it('raises SEQUENCE with SOURCE_DATE_EPOCH, and a client re-importing shows the new time', async () => {
    const dir = await project({ 'samling.md': moved('09.00–12.00') });
    const out = await tempDir();
    await build([dir], out, [], envWith({ SOURCE_DATE_EPOCH: '1900000000' }), dir);
    const before = await read(out, 'samling.ics');
    await writeFile(join(dir, 'samling.md'), moved('08.00–12.00'));
    await build([dir], out, [], envWith({ SOURCE_DATE_EPOCH: '1900003600' }), dir);
    const after = await read(out, 'samling.ics');
    const [a, b] = [events(before)[0], events(after)[0]];
    expect(b.uid).toBe(a.uid);
    expect(b.sequence).toBeGreaterThan(a.sequence);
    const client = new Map<string, Event>();
    reimport(client, before);
    reimport(client, after);
    expect(client.get(a.uid)!.start.toISOString()).toBe('2030-03-05T07:00:00.000Z');
    expect(client.size).toBe(2);
    // The feed, which a subscription reloads, moves with it.
    expect(events(await read(out, 'calendar.ics')).find((e) => e.uid === a.uid)!.sequence).toBe(b.sequence);
  });

  it('raises SEQUENCE from the file’s modification time when SOURCE_DATE_EPOCH is not set', async () => {
    const dir = await project({ 'samling.md': moved('09.00–12.00') });
    const out = await tempDir();
    await utimes(join(dir, 'samling.md'), new Date('2030-01-01T10:00:00Z'), new Date('2030-01-01T10:00:00Z'));
    await build([dir], out, [], envWith(), dir);
    const first = events(await read(out, 'samling.ics'))[0];
    await writeFile(join(dir, 'samling.md'), moved('08.00–12.00'));
    await utimes(join(dir, 'samling.md'), new Date('2030-01-02T10:00:00Z'), new Date('2030-01-02T10:00:00Z'));
    await build([dir], out, [], envWith(), dir);
    const second = events(await read(out, 'samling.ics'))[0];
    expect(second.uid).toBe(first.uid);
    expect(second.sequence - first.sequence).toBe(24 * 60);
    expect(second.start.toISOString()).toBe('2030-03-05T07:00:00.000Z');
  });

  it('keeps gatherings that were up to date in the feed, and drops those whose source is gone', async () => {
    const dir = await project({ 'a.md': source({ title: 'Alfa' }), 'b.md': source({ title: 'Beta', date: '2030-04-01' }) });
    const out = await tempDir();
    await build([dir], out, [], undefined, dir);
    const summaries = async () => events(await read(out, 'calendar.ics')).map((e) => e.summary);
    expect(await summaries()).toEqual(['Alfa', 'Beta']);
    // Only a.md changes: b.md is up to date and not rebuilt, and stays in the feed.
    await writeFile(join(dir, 'a.md'), source({ title: 'Alfa endret' }));
    const r = await build([dir], out, [], undefined, dir);
    expect(r.stdout).toMatch(/1 built, 1 up to date/);
    expect(await summaries()).toEqual(['Alfa endret', 'Beta']);
    await rm(join(dir, 'b.md'));
    await build([dir], out, [], undefined, dir);
    expect(await summaries()).toEqual(['Alfa endret']);
  });

  it('removes an audience’s feed when no source declares the audience any more', async () => {
    const withAudience = source({ title: 'Alfa', extra: 'audiences:\n  rektorer: Rektorer\n' });
    const dir = await project({ 'a.md': withAudience });
    const out = await tempDir();
    await build([dir], out, [], undefined, dir);
    expect(await listFiles(out)).toContain('calendar.rektorer.ics');
    await writeFile(join(dir, 'a.md'), source({ title: 'Alfa' }));
    await build([dir], out, [], undefined, dir);
    expect(await listFiles(out)).not.toContain('calendar.rektorer.ics');
  });
});

describe('link:', { timeout: 60_000 }, () => {
  it('puts the invitation’s address in DESCRIPTION and URL, and gives index.html webcal: addresses', async () => {
    const dir = await project({
      'samling.md': source({ title: 'Samling', extra: 'audiences:\n  rektorer: Rektorer\n' }),
      'agenda.config.yaml': 'link: https://skole.example/samlinger/{name}.html\n',
    });
    const out = await tempDir();
    await build([dir], out, [], undefined, dir);
    const text = await read(out, 'samling.ics');
    const [day] = events(text);
    expect(day.description.split('\n').at(-1)).toBe('https://skole.example/samlinger/samling.html');
    expect(text).toContain('URL:https://skole.example/samlinger/samling.html');
    const index = await read(out, 'index.html');
    expect(index).toContain('<a href="webcal://skole.example/samlinger/calendar.ics">');
    expect(index).toContain('<a href="webcal://skole.example/samlinger/calendar.rektorer.ics">');
    expect(index).toContain('<a href="calendar.ics">calendar.ics</a>');
  });

  it('refuses to build a source that would be written over a feed', async () => {
    const dir = await project({ 'calendar.md': source({ title: 'Kalender' }) });
    const r = await run(['build', dir, '--out', await tempDir(), '--no-pdf'], envWith(), dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/calendar\.md would be written as calendar\.\*, where the calendars to subscribe to go\s+output-reserved/);
  });
});
