/**
 * The output folder's index.html: every invitation built there, by date,
 * with links to its HTML, PDF and calendar. Made from the build manifest,
 * so it also lists what earlier builds of other sources left. In the
 * language most invitations are in.
 */
import { catalogue, formatDateShort, type Language } from '../i18n/index.js';
import { parseIsoDate } from '../source/values.js';
import type { Entry, Manifest } from './cache.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const href = (file: string) => escape(file.split('/').map(encodeURIComponent).join('/'));

function majorityLanguage(entries: readonly Entry[]): Language {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.language, (count.get(e.language) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return (best?.[0] as Language) ?? 'nb';
}

export function indexPage(manifest: Manifest): string {
  const entries = Object.entries(manifest.outputs).sort(([an, a], [bn, b]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : an < bn ? -1 : an > bn ? 1 : 0));
  const cat = catalogue(majorityLanguage(entries.map(([, e]) => e)));
  const rows = entries.map(([, e]) => {
    const date = parseIsoDate(e.date);
    const when = date.ok ? formatDateShort(date.value as { year: number; month: number; day: number }, cat) : e.date;
    const file = (ext: string) => e.files.find((f) => f.endsWith(`.${ext}`));
    const main = file('html') ?? file('pdf');
    const title = main ? `<a href="${href(main)}">${escape(e.title)}</a>` : escape(e.title);
    const links = [
      ['pdf', 'PDF'],
      ['html', 'HTML'],
      ['ics', cat.labels.calendar],
    ]
      .filter(([ext]) => file(ext))
      .map(([ext, label]) => `<a href="${href(file(ext)!)}">${escape(label)}</a>`)
      .join(' · ');
    return `<tr><td class="when">${escape(when)}</td><td lang="${escape(e.language)}">${title}</td><td class="links">${links}</td></tr>`;
  });
  return `<!DOCTYPE html>
<html lang="${cat.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(cat.labels.invitations)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
td { padding: .4rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
td.when, td.links { white-space: nowrap; }
a { color: #1a4f8b; }
</style>
</head>
<body>
<h1>${escape(cat.labels.invitations)}</h1>
<table>
${rows.join('\n')}
</table>
</body>
</html>
`;
}
