/**
 * docs/editors.md's Neovim recipes are the files editors/neovim/try.sh runs
 * in a real Neovim: the docs cannot drift from what was tried.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../drivers/build/helpers.js';

const folder = join(root, 'editors', 'neovim');
const doc = readFileSync(join(root, 'docs', 'editors.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Neovim'), doc.indexOf('\n## ', doc.indexOf('## Neovim') + 1));
const blocks = [...section.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
// show-diagnostics.lua is try.sh's own, not a recipe.
const recipes = readdirSync(folder).filter((n) => n.endsWith('.lua') && n !== 'show-diagnostics.lua');

describe('the Neovim recipes in docs/editors.md', () => {
  it('are the files try.sh runs, each of them, word for word', () => {
    expect(recipes.sort()).toEqual(['agenda-0.11.lua', 'agenda-0.7.lua', 'agenda-0.8.lua', 'lspconfig.lua']);
    expect(blocks).toHaveLength(recipes.length);
    for (const name of recipes) {
      expect(blocks, name).toContain(readFileSync(join(folder, name), 'utf8'));
      expect(section, name).toContain(`\`${name}\``);
    }
  });

  it('start agenda lsp for Markdown files, rooted at agenda.config.yaml', () => {
    for (const name of recipes) {
      const text = readFileSync(join(folder, name), 'utf8');
      expect(text, name).toContain("{ 'agenda', 'lsp', '--stdio' }");
      expect(text, name).toContain('markdown');
      expect(text, name).toContain('agenda.config.yaml');
    }
  });
});
