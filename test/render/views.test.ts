/** An audience's invitation (000's principals, from lunch) and a group's (004). */
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { renderHtml, RenderError } from '../../src/render/render-html.js';
import { example, inOrder, root, section, textOf } from './helpers.js';

afterEach(() => useLanguage('en'));

describe("an audience's invitation", () => {
  it('000 for the principals starts at lunch, with their hours', async () => {
    const { html } = renderHtml(example('ost-oppstart-2020'), { projectRoot: root, audience: 'principals' });
    const programme = textOf(section(html, 'programme'));
    expect(programme.startsWith('Program tirsdag 28. januar 2020 (forts.) Tid Innhold Deltakere 11.30 Lunsj Alle')).toBe(true);
    expect(programme).not.toContain('09.00');
    expect(programme).not.toContain('Intensjoner og rammer for skoleeiersamarbeidet');
    expect(programme).not.toContain('Drøfte mulige aktiviteter for administrative skoleeiere');
    expect(
      inOrder(programme, ['11.30', 'Lunsj', '12.15', 'Om å bli bedre gjennom samarbeid', 'Pause', 'presenteres rektorene', 'Drøfte aktiviteter for lærere', '15.30', 'Avslutning']),
    ).toEqual({});
    const head = textOf(html.slice(0, html.indexOf('</header>')));
    expect(head).toContain('kl. 11.30–15.30');
    expect(head).toContain('Deltakere: Rektorer (fra kl. 11.30)');
  });

  it('000 for the school owners has the whole day', async () => {
    const { html } = renderHtml(example('ost-oppstart-2020'), { projectRoot: root, audience: 'owners' });
    const programme = textOf(section(html, 'programme'));
    expect(inOrder(programme, ['09.00', 'Intensjoner og rammer for skoleeiersamarbeidet', 'Pause', 'Drøfte mulige', '11.30', 'Lunsj', '15.30', 'Avslutning'])).toEqual({});
  });

  it("a row that follows a row left out shows its block's start", async () => {
    const g = example('ost-oppstart-2020');
    g.audiences!.principals.from = 10 * 60;
    g.days[0].programme[0].for = ['owners'];
    const { html } = renderHtml(g, { projectRoot: root, audience: 'principals' });
    expect(textOf(section(html, 'programme'))).toMatch(/^Program tirsdag 28\. januar 2020 \(forts\.\) Tid Innhold Deltakere 09\.00 Pause/);
  });

  it('an unknown audience is a render error naming the known ones', async () => {
    expect(() => renderHtml(example('ost-oppstart-2020'), { audience: 'pupils' })).toThrow(RenderError);
    expect(() => renderHtml(example('ost-oppstart-2020'), { audience: 'pupils' })).toThrow(/no audience "pupils" in .*: its audiences are owners and principals$/);
  });

  it('an unknown audience is said in bokmål when bokmål is spoken', async () => {
    await useLanguage('nb');
    expect(() => renderHtml(example('ost-oppstart-2020'), { audience: 'pupils' })).toThrow(
      /^Det finnes ingen deltakergruppe «pupils» i .+: deltakergruppene er owners og principals$/,
    );
  });
});

describe("a group's invitation", () => {
  it('004 for Gruppe 2 has only its own sessions, and names this session in the header', async () => {
    const { html } = renderHtml(example('asker-ledernettverk-nov-2018'), { projectRoot: root, group: 1 });
    const groups = textOf(section(html, 'groups'));
    expect(inOrder(groups, ['Gruppe 2', 'Arnestad', 'torsdag 11. oktober 2018', 'torsdag 15. november 2018', 'tirsdag 19. mars 2019'])).toEqual({});
    for (const other of ['Gruppe 1', 'Gruppe 3', 'torsdag 6. september 2018', 'torsdag 1. november 2018', 'fredag 16. november 2018', 'Borgen', 'Billingstad']) {
      expect(groups).not.toContain(other);
    }
    const head = textOf(html.slice(0, html.indexOf('</header>')));
    expect(head).toContain('Gruppe 2 – Barneskolene torsdag 15. november 2018, kl. 08.30–13.00 Kunnskapssenteret');
  });

  it('the overview has every group', async () => {
    const { html } = renderHtml(example('asker-ledernettverk-nov-2018'), { projectRoot: root });
    expect(inOrder(textOf(section(html, 'groups')), ['Gruppe 1', 'Gruppe 2', 'Gruppe 3'])).toEqual({});
  });

  it('a group that does not exist is a render error', async () => {
    expect(() => renderHtml(example('asker-ledernettverk-nov-2018'), { group: 3 })).toThrow(/no group 3 in .*: the file has 3 groups, numbered 0–2$/);
  });

  it('a group that does not exist is said in Swedish when Swedish is spoken', async () => {
    await useLanguage('sv');
    expect(() => renderHtml(example('asker-ledernettverk-nov-2018'), { group: 3 })).toThrow(/^Det finns ingen grupp 3 i .+: filen har 3 grupper, numrerade 0–2$/);
  });
});
