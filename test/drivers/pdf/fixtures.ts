import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfJob } from '../../../src/drivers/pdf/pdf-renderer.js';

const require = createRequire(import.meta.url);

/** Source Sans 3 (latin, 400) as a data: URL: the only kind of URL a page may load. */
export function sourceSansDataUrl(): string {
  const file = require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2');
  return `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
}

export function norwegianAgenda(options: { pages?: number; lang?: string; font?: boolean } = {}): string {
  const font = options.font
    ? `@font-face { font-family: 'Agenda Sans'; src: url(${sourceSansDataUrl()}) format('woff2'); }
       body { font-family: 'Agenda Sans', sans-serif; }`
    : '';
  const extra = Array.from({ length: (options.pages ?? 1) - 1 }, (_, i) => `<section style="break-before: page"><h2>Vedlegg ${i + 1}</h2><p>Regnskap for Ørsta.</p></section>`);
  return `<!doctype html>
<html lang="${options.lang ?? 'nb'}"><head><meta charset="utf-8"><title>Årsmøte i Asker</title>
<style>@page { size: A4; margin: 20mm } ${font}</style></head>
<body>
<h1>Årsmøte i Asker Lions</h1>
<p>Tirsdag 20. mars 2026 kl. 18.00 på Rådhuset, møterom Ørnen.</p>
<h2>Sakliste</h2>
<ol><li>Blåbærsyltetøy og rødgrøt</li><li>Valg: Øystein Ås og Åse Ærø</li></ol>
${extra.join('\n')}
</body></html>`;
}

export const agendaMeta: PdfJob['meta'] = {
  title: 'Årsmøte i Asker Lions',
  author: 'Asker Lions Club',
  subject: 'Innkalling til årsmøte 20. mars 2026',
  keywords: ['årsmøte', 'Asker'],
  language: 'nb',
};
