/**
 * Which command lines start the browser first (src/cli/early-browser.ts),
 * and that the browser so started is started as puppeteer would start it:
 * a build connects to it only then, so a puppeteer whose arguments changed
 * would quietly lose the head start (docs/performance.md).
 */
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { buildArguments, printingBuild } from '../../src/cli/early-browser.js';
import { argsAsPuppeteerWould, chromiumArgs, sameArgs } from '../../src/drivers/pdf/browser-launch.js';

const early = (argv: string[]) => {
  const args = buildArguments(argv);
  return args && printingBuild(args);
};

describe('the browser started before the build', () => {
  it('is started for a build that may print, with the browser and sandbox it names', () => {
    expect(early(['build'])).toEqual({ browser: undefined, noSandbox: false });
    expect(early(['--lang', 'nb', '--color=never', 'build', 'src', '--out', 'x', '--force'])).toEqual({ browser: undefined, noSandbox: false });
    expect(early(['build', '--browser', '/opt/chrome', '--no-sandbox'])).toEqual({ browser: '/opt/chrome', noSandbox: true });
    expect(early(['build', '--browser=/opt/chrome'])).toEqual({ browser: '/opt/chrome', noSandbox: false });
  });

  it('is not started for other commands, nor for a build that prints nothing or watches', () => {
    for (const argv of [
      ['check'],
      ['watch'],
      ['preview', 'a.md'],
      ['--lang', 'build', 'check'],
      ['build', '--no-pdf'],
      ['build', '--index-only'],
      ['build', '-w'],
      ['build', '-qw'],
      ['build', '--watch'],
      ['build', '--help'],
      ['build', '-h'],
      [],
    ]) {
      expect(early(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('gets the command line puppeteer would give it, in every mode', () => {
    for (const [noSandbox, singleProcess] of [
      [false, false],
      [true, false],
      [true, true],
    ]) {
      for (const executablePath of ['/usr/bin/chromium', '/home/u/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-headless-shell']) {
        const options = { executablePath, noSandbox, singleProcess };
        const headless = executablePath.includes('headless-shell') ? ('shell' as const) : true;
        const defaults = puppeteer.defaultArgs({ headless, userDataDir: '/tmp/agenda-chromium-1-abcdef', args: chromiumArgs(noSandbox, singleProcess) });
        expect(argsAsPuppeteerWould('/tmp/agenda-chromium-1-abcdef', options)).toEqual([...defaults, '--remote-debugging-pipe']);
        expect(sameArgs(argsAsPuppeteerWould('/tmp/agenda-chromium-1-abcdef', options), defaults)).toBe(true);
      }
    }
  });
});
