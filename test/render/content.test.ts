/**
 * The rendered page read back as text: every fact that matters is there,
 * in the source's order. Expected strings are built here from the source,
 * not with the renderer's own formatters.
 */
import { describe, expect, it } from 'vitest';
import type { Gathering, Item } from '../../src/model/gathering.js';
import { renderHtml } from '../../src/render/render-html.js';
import { example, examples, inOrder, root, section, textOf } from './helpers.js';

// A time after midnight is kept as minutes past the day's start (24.30 is 00.30 the night after): printed as the clock shows it.
const hhmm = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}.${String(m % 60).padStart(2, '0')}`;
const slot = (t: { start: number; end?: number }) => (t.end === undefined ? hhmm(t.start) : `${hhmm(t.start)}–${hhmm(t.end)}`);

function flat(items: readonly Item[]): Item[] {
  return items.flatMap((i) => [i, ...flat(i.items ?? []), ...flat(i.parallel ?? [])]);
}

/** Title, time, lead and venue of each item, in order. */
function programmeNeedles(g: Gathering): string[] {
  return g.days.flatMap((d) =>
    flat(d.programme).flatMap((i) => [...(i.time ? [slot(i.time)] : []), ...(i.title ? [i.title] : []), ...(i.lead ?? []), ...(i.venue ? [i.venue.name] : [])]),
  );
}

async function text(name: string, part?: string): Promise<string> {
  const { html } = renderHtml(example(name), { projectRoot: root });
  return textOf(part ? section(html, part) : html);
}

describe('every programme item, in order', () => {
  for (const name of examples) {
    it(name, async () => {
      const g = example(name);
      expect(inOrder(await text(name, 'programme'), programmeNeedles(g))).toEqual({});
    });
  }
});

describe('the facts of each invitation', () => {
  it('000 ØST: date, hours, venue, start times only, audience labels', async () => {
    const all = await text('ost-oppstart-2020');
    expect(
      inOrder(all, [
        'Oppstartsamling i Regionalt skoleeiersamarbeid ØST',
        'Eierskap – Ledelse – Læring',
        'tirsdag 28. januar 2020, kl. 09.00–15.30',
        'Nationalteatret Konferansesenter, KS Agenda, Oslo',
      ]),
    ).toEqual({});
    const programme = await text('ost-oppstart-2020', 'programme');
    expect(
      inOrder(programme, [
        'Tid',
        'Innhold',
        'Deltakere',
        '09.00',
        'Intensjoner og rammer for skoleeiersamarbeidet',
        'Presentasjon av samordningsgruppa',
        'Administrative skoleeiere',
        'Pause',
        'Drøfte mulige aktiviteter for administrative skoleeiere',
        '11.30',
        'Lunsj',
        'Alle',
        '12.15',
        'Om å bli bedre gjennom samarbeid',
        'Johan Kaggestad',
        'Administrative skoleeiere og Rektorer',
        'Pause',
        'Intensjoner og rammer for det regionale samarbeidet presenteres rektorene',
        'Drøfte aktiviteter for lærere og skoleledere på tvers av kommunene',
        '15.30',
        'Avslutning',
      ]),
    ).toEqual({});
    expect(programme).not.toMatch(/09\.00–|11\.30–|12\.15–/);
  });

  it("001 Kongsberg: welcome, facts in the author's order, deadline, programme ranges, closing remark", async () => {
    const all = await text('kongsberg-samling-2025');
    expect(
      inOrder(all, ['Velkommen til samling for Kongsbergregionen', 'fredag 21. mars 2025, kl. 08.30–14.30', 'Støttesystemer for barnehageeiere/myndighet og skoleeiere']),
    ).toEqual({});
    expect(inOrder(all, ['Frist', 'fredag 14. mars 2025', 'Forarbeid', 'line.berget.hedegart@kongsbergregionen.no'])).toEqual({});
    expect(inOrder(all, ['Sted', 'Lampeland', 'Hvem', 'Tema', 'Organisering', 'Forarbeid', 'Ledes av SePU', 'Lars Arild Myhr'])).toEqual({});
    expect(inOrder(all, ['08.30', 'Velkommen', '08.30–09.30', 'Sætre skole', '14.30', 'Takk for i dag :-)', 'Med forbehold om evt. endringer.'])).toEqual({});
    expect(all).toContain('Alle barn, unge og voksne opplever mestring hver dag');
    expect(all.match(/Velkommen til samling/gi)).toHaveLength(1);
  });

  it('002 Nordre Sunnmøre: nynorsk labels, both days with their dates and hours, phases', async () => {
    const all = await text('nordre-sunnmore-august');
    expect(inOrder(all, ['15.–16. august 2019', 'Kommunestyresalen, Ålesund rådhus, Ålesund'])).toEqual({});
    expect(inOrder(all, ['Kven', 'Gjennomgåande tema', 'Mål for samlinga'])).toEqual({});
    expect(
      inOrder(all, ['Dag 1 – torsdag 15. august 2019: Partnarskap og nye roller', 'kl. 10.00–16.00', 'Tid', 'Innhald', 'Dag 2 – fredag 16. august 2019', 'kl. 08.30–14.00']),
    ).toEqual({});
    expect(inOrder(all, ['Leiargruppeutvikling, første år', '2019–2020', 'Tema', 'Leiargruppeutvikling, andre år', '2020–2021'])).toEqual({});
  });

  it('003 Roskilde: Danish date, phases with their parts, an untimed agenda', async () => {
    const all = await text('roskilde-ledelseskonferencer-2020');
    expect(all).toContain('tirsdag den 10. marts 2020');
    expect(
      inOrder(await text('roskilde-ledelseskonferencer-2020', 'phases'), [
        'Forberedelse',
        'Formål',
        'Deltagere',
        'Forberedelsespapir',
        'Ledelseskonference',
        'Formål',
        'Deltagere',
        'Ramme',
        'Udviklingsplan',
        'Lokal opfølgning',
        'Formål',
        'Deltagere',
        'Ramme',
        'Udviklingsarbejde lokalt',
        'Formål',
        'Deltagere',
        'Mulighed for (differentieret) understøttelse',
      ]),
    ).toEqual({});
    expect(inOrder(all, ['Dagsorden', 'Hvad skal være i fokus i samtalen?', 'Aftaler om mål, indsatser og opfølgning (udviklingsplan)'])).toEqual({});
    expect(all).toContain('Alle tiders Roskilde');
  });

  it("004 Asker: every group's members and sessions with hours and venues, registration and contact", async () => {
    const g = example('asker-ledernettverk-nov-2018');
    const groups = await text('asker-ledernettverk-nov-2018', 'groups');
    expect(inOrder(groups, ['Gruppe', 'Medlemmer', 'Samlinger'])).toEqual({});
    for (const group of g.groups!) {
      expect(inOrder(groups, [group.label, group.description!, group.members!.join(', ')])).toEqual({});
    }
    expect(
      inOrder(groups, [
        'torsdag 6. september 2018, kl. 08.30–13.00',
        'Festsalen Kulturhuset',
        'torsdag 1. november 2018',
        'Kunnskapssenteret',
        'onsdag 20. mars 2019',
        'torsdag 11. oktober 2018',
        'Scandic Hotell, Asker',
        'torsdag 15. november 2018',
        'tirsdag 19. mars 2019',
        'fredag 12. oktober 2018',
        'fredag 16. november 2018',
        'mandag 18. mars 2019',
      ]),
    ).toEqual({});
    const all = await text('asker-ledernettverk-nov-2018');
    expect(
      inOrder(all, [
        'Program',
        '08.30–09.15',
        'Deling av mellomarbeid',
        'Hva valgte vi som satsningsområde og hvorfor?',
        'Forberedelse til samling',
        'Grupper og tider for samlinger',
        'Påmelding',
        'Obisoft',
        'Kontaktperson',
        'Elisabeth Augdahl',
        'elisabeth.augdahl@asker.kommune.no',
      ]),
    ).toEqual({});
    // The overview names when each group meets for this gathering: 01.11 is only Gruppe 1's.
    expect(
      inOrder(textOf(all.slice(0, all.indexOf('I 2017'))), [
        'Gruppe 1: torsdag 1. november 2018, kl. 08.30–13.00, Kunnskapssenteret',
        'Gruppe 2: torsdag 15. november 2018',
        'Gruppe 3:',
      ]),
    ).toEqual({});
  });
});
