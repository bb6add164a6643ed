/**
 * Templates, partials and style sheets come from the repository: read only
 * when they resolve, links followed, inside the project; `{{log}}` prints
 * nothing.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { renderHtml, RenderError } from '../../src/render/render-html.js';
import { example } from './helpers.js';

function folder(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const secret = `hemmelig-${Math.random().toString(36).slice(2)}`;
const outside = folder('agenda-outside-', { 'environ.css': `body::after { content: "${secret}"; }`, 'hostname.hbs': secret });

afterEach(async () => {
  vi.restoreAllMocks();
  await useLanguage('en');
});

describe('a project template file that links outside the project', () => {
  it.each([
    ['a style sheet', 'maler/base.css', join(outside, 'environ.css')],
    ['a partial', 'maler/partials/header.hbs', join(outside, 'hostname.hbs')],
    ['a template', 'maler/timetable.hbs', join(outside, 'hostname.hbs')],
  ])('is refused: %s', async (_what, name, target) => {
    const dir = folder('agenda-render-', { 'maler/.keep': '' });
    mkdirSync(join(dir, name, '..'), { recursive: true });
    symlinkSync(target, join(dir, name));
    const render = () => renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' });
    expect(render).toThrow(RenderError);
    expect(render).toThrow(new RegExp(`${name.replace(/[/.]/g, '\\$&')} is a link to .*outside the project folder`));
  });

  it('is refused in the language spoken', async () => {
    const dir = folder('agenda-render-', { 'maler/.keep': '' });
    symlinkSync(join(outside, 'environ.css'), join(dir, 'maler', 'base.css'));
    await useLanguage('sv');
    expect(() => renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' })).toThrow(
      /^Mallfilen .*maler\/base\.css är en länk till .*environ\.css, utanför projektmappen .*: mallar, delmallar och stilmallar läses bara inifrån projektmappen$/,
    );
  });

  it('is refused when the whole partials folder is a link out', async () => {
    const dir = folder('agenda-render-', { 'maler/.keep': '' });
    const shared = folder('agenda-outside-', { 'item.hbs': secret });
    symlinkSync(shared, join(dir, 'maler', 'partials'));
    expect(() => renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' })).toThrow(/partials\/item\.hbs is a link to/);
  });
});

describe('a link that stays inside the project', () => {
  it('is followed', async () => {
    const dir = folder('agenda-render-', { 'felles/item.hbs': '<div class="felles">{{title}}</div>', 'maler/.keep': '' });
    symlinkSync(join(dir, 'felles'), join(dir, 'maler', 'partials'));
    const { html } = renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' });
    expect(html).toContain('<div class="felles">Lunsj</div>');
  });
});

describe('{{log}} in a template', () => {
  it('writes nothing to stdout (which carries the report)', async () => {
    const dir = folder('agenda-render-', { 'maler/partials/item.hbs': '{{log "LEAKED" title}}<b>{{title}}</b>' });
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    for (const method of ['log', 'info', 'debug', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args) => void writes.push(args.join(' ')));
    const { html } = renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' });
    expect(html).toContain('<b>Lunsj</b>');
    expect(writes.join('')).not.toContain('LEAKED');
  });
});
