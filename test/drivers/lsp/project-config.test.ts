/** The config the language server checks a source with is read as `agenda check` reads it: a committed link out of its folder is not read. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectConfigs } from '../../../src/drivers/lsp/project.js';

describe("the language server's project config", () => {
  it('is read from the folder, and not through a link to a file outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-lsp-config-'));
    mkdirSync(join(dir, 'p'));
    mkdirSync(join(dir, 'q'));
    writeFileSync(join(dir, 'secret.yml'), 'messages: AKIA_SECRET789\n');
    symlinkSync(join(dir, 'secret.yml'), join(dir, 'p', 'agenda.config.yaml'));
    writeFileSync(join(dir, 'q', 'agenda.config.yaml'), 'rules:\n  gap: error\n');
    const read: string[] = [];
    const configs = new ProjectConfigs((c) => read.push(c.file ?? ''));
    expect(await configs.configFor(join(dir, 'p', 'a.md'))).toBeUndefined();
    expect(Object.entries((await configs.configFor(join(dir, 'q', 'a.md')))?.config.rules ?? {})).toEqual([['gap', 'error']]);
    expect(read).toEqual([join(dir, 'q', 'agenda.config.yaml')]);
  });
});
