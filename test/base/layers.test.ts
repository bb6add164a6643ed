/**
 * The layer rules in biome.json, one per layer, each seen to fail: a file
 * of each layer that imports from a layer it must not is planted in a copy
 * of the project's lint setup, and biome must refuse exactly those; the
 * imports each layer may make must pass.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

/** [file, what it imports, whether the rules must refuse it] */
const plants: [string, string, boolean][] = [
  ['src/base/up-model.ts', '../model/schema.js', true],
  ['src/base/diagnostics/up-driver.ts', '../../drivers/pdf/semaphore.js', true],
  ['src/model/up-parse.ts', '../parse/parse.js', true],
  ['src/model/up-check.ts', '../check/validate.js', true],
  ['src/parse/side-check.ts', '../check/validate.js', true],
  ['src/check/side-render.ts', '../render/views.js', true],
  ['src/check/rules/side-parse.ts', '../../parse/parse.js', true],
  ['src/render/side-check.ts', '../check/validate.js', true],
  ['src/render/calendar/up-pipeline.ts', '../../pipeline/compile.js', true],
  ['src/pipeline/up-driver.ts', '../drivers/build/build.js', true],
  ['src/drivers/watch/up-face.ts', '../../cli/command-io.js', true],
  ['src/drivers/lsp/up-face.ts', '../../cli/main.js', true],
  ['src/model/down-base.ts', '../base/suggest.js', false],
  ['src/check/down-model.ts', '../model/schema.js', false],
  ['src/pipeline/down-phase.ts', '../check/validate.js', false],
  ['src/drivers/build/down-pipeline.ts', '../../pipeline/compile.js', false],
  ['src/drivers/build/side-driver.ts', '../sources/files.js', false],
  ['src/cli/down-driver.ts', '../drivers/build/build.js', false],
];

const dir = mkdtempSync(join(tmpdir(), 'agenda-layers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(): string {
  copyFileSync(join(root, 'biome.json'), join(dir, 'biome.json'));
  for (const [file, target] of plants) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `export { x } from '${target}';\n`);
  }
  try {
    return execFileSync(biome, ['lint', '--colors=off', '--max-diagnostics=100', '.'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const err = e as { stdout: string; stderr: string };
    return err.stdout + err.stderr;
  }
}

describe('the layer rules', () => {
  const out = lint();
  const refused = new Set([...out.matchAll(/^(src\/\S+?):\d+:\d+ lint\/style\/noRestrictedImports/gm)].map((m) => m[1]));
  for (const [file, target, bad] of plants) {
    it(`${bad ? 'refuse' : 'allow'} ${file} importing ${target}`, () => {
      expect(refused.has(file), out).toBe(bad);
    });
  }
});
