/** A project of starters for the browser tests: every template in every language, branded, with a site block and a base URL. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { languages } from '../../src/base/i18n/index.js';
import { starterSource } from '../../src/drivers/starter/starter.js';
import { png, tempDir } from '../drivers/build/helpers.js';

const TEMPLATES = ['timetable', 'welcome', 'network', 'phases'];

/** Its sources are in `samlinger/`; the config builds every audience and group view. */
/** The branding's footer line, which the invitations print at the foot of each page. */
export const STARTERS_FOOTER = 'Vestfold fylkeskommune, Svend Foyns gate 9, Tønsberg';

export async function starterProject(): Promise<string> {
  const dir = await tempDir('agenda-a11y-starters-');
  const config = [
    'branding:',
    '  organisation: Vestfold fylkeskommune',
    '  logo: logo.png',
    "  accent: '#00627a'",
    `  footer: ${STARTERS_FOOTER}`,
    'site:',
    '  title: Samlinger for skoleledere og skoleeiere i Vestfold',
    '  introduction: |',
    '    Invitasjoner til **nettverkssamlinger** – med program, påmeldingsfrist og kalender.',
    '  base-url: https://samlinger.vestfoldfylke.no/invitasjoner/',
    '  accessibility: https://uustatus.no/nb/erklaringer/publisert/0000-0000',
    '  contact: "Spørsmål: [skole@vestfoldfylke.no](mailto:skole@vestfoldfylke.no)"',
    'audiences: all',
    'groups: true',
  ].join('\n');
  await writeFile(join(dir, 'agenda.config.yaml'), `${config}\n`);
  await writeFile(join(dir, 'logo.png'), png(0, 98, 122));
  await mkdir(join(dir, 'samlinger'));
  for (const language of languages) {
    for (const template of TEMPLATES) {
      await writeFile(join(dir, 'samlinger', `${template}-${language}.md`), starterSource({ language, template, today: { year: 2026, month: 1, day: 12 } }));
    }
  }
  return dir;
}
