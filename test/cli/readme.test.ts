/** The README's examples are what a reader copies first: they must pass the checks as printed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { buildProgram } from '../../src/cli/main.js';
import { describeProgram } from '../../src/cli/completion.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const block = (lang: string) => {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme);
  if (!m) throw new Error(`README has no ${lang} block`);
  return m[1];
};

describe('README', () => {
  it('shows a source in "The format in brief" that checks with no errors and no warnings', () => {
    const result = checkSource(block('markdown'), 'README.md', { today: { year: 2019, month: 1, day: 1 } });
    expect(result.diagnostics.map((d) => `${d.span?.start.line}:${d.span?.start.column} ${d.code} ${d.message}`)).toEqual([]);
    expect(result.gathering?.title).toBe('Oppstartsamling i Regionalt skoleeiersamarbeid ØST');
  });

  it('names the two set-up commands, and package.json has them', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(readme).toContain('npm run setup');
    expect(readme).toContain('npm test');
    expect(pkg.scripts.setup).toContain('agenda build examples');
    // The whole suite, browser tests included: no --project filter.
    expect(pkg.scripts.test).toMatch(/^vitest run(?: --config \S+)?$/);
  });

  it('lists every command of the program under Commands', () => {
    const program = buildProgram({ stdout: () => undefined, stderr: () => undefined, env: {}, color: false, cwd: process.cwd() }, () => undefined);
    const listed = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
    for (const c of describeProgram(program).commands) expect(listed, c.name).toMatch(new RegExp(`^agenda ${c.name}\\b`, 'm'));
  });
});
