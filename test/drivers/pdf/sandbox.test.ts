import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser, judge, noteOnce, type ProbeResult, sandboxCacheFile, sandboxOf } from '../../../src/drivers/pdf/sandbox.js';

let dir: string;
let chromium: string;
let chrome: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agenda-sandbox-'));
  chromium = path.join(dir, 'chromium');
  chrome = path.join(dir, 'chrome');
  for (const file of [chromium, chrome]) {
    await writeFile(file, `#!/bin/sh\n# ${file}\n`);
    await chmod(file, 0o755);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const NO_USABLE =
  '[15455:15455:1206/210824.073664:ERROR:content/browser/zygote_host/zygote_host_impl_linux.cc:130] No usable sandbox! If this is a Debian system, please install the chromium-sandbox package to solve this problem.';

/** A probe that answers from a table and counts its calls. */
function fakeProbe(answers: Record<string, ProbeResult>) {
  const calls: string[] = [];
  const probe = async (exe: string) => {
    calls.push(exe);
    return answers[exe] ?? { outcome: 'unknown' as const };
  };
  return { calls, probe };
}

describe('judge: what one try of the browser showed', () => {
  it('reads the page printed as a working sandbox', () => {
    expect(judge('<html><head></head><body></body></html>\n', '')).toEqual({ outcome: 'works' });
  });
  it("takes the browser's own words when its sandbox is refused", () => {
    expect(judge('', `/usr/bin/chromium: 9: [: x: unexpected operator\n${NO_USABLE}\n`)).toEqual({ outcome: 'refused', detail: 'No usable sandbox!' });
  });
  it('does not call another failure a sandbox problem (missing libraries)', () => {
    expect(judge('', 'error while loading shared libraries: libnss3.so: cannot open shared object file')).toEqual({ outcome: 'unknown' });
  });
});

describe('sandboxOf: found by trying, once a machine', () => {
  const env = () => ({ XDG_CACHE_HOME: path.join(dir, `cache-${Math.random()}`), HOME: dir });

  it('tries once, then answers from the cache file', async () => {
    const e = env();
    const { calls, probe } = fakeProbe({ [chromium]: { outcome: 'refused', detail: 'No usable sandbox!' } });
    const first = await sandboxOf(chromium, { env: e, uid: 1000, probe });
    expect(first).toEqual({ on: false, cause: 'refused', detail: 'No usable sandbox!' });
    const again = await sandboxOf(chromium, { env: e, uid: 1000, probe });
    expect(again).toMatchObject({ on: false, cause: 'refused', cached: true });
    expect(calls).toEqual([chromium]);
    expect(JSON.parse(await readFile(sandboxCacheFile(e), 'utf8'))).toBeTypeOf('object');
    // doctor tries again
    await sandboxOf(chromium, { env: e, uid: 1000, probe, fresh: true });
    expect(calls).toEqual([chromium, chromium]);
  });

  it('tries again once the browser is another build (a new file)', async () => {
    const e = env();
    const { calls, probe } = fakeProbe({ [chromium]: { outcome: 'works' } });
    await sandboxOf(chromium, { env: e, uid: 1000, probe });
    await writeFile(chromium, '#!/bin/sh\n# a newer build, longer\n');
    await sandboxOf(chromium, { env: e, uid: 1000, probe });
    expect(calls).toHaveLength(2);
  });

  it('does not guess from the user: an ordinary user is tried, and a working sandbox stays on', async () => {
    const { calls, probe } = fakeProbe({ [chromium]: { outcome: 'works' } });
    expect(await sandboxOf(chromium, { env: env(), uid: 1000, probe })).toEqual({ on: true, cause: 'works' });
    expect(calls).toEqual([chromium]);
  });

  it('keeps the sandbox on when the try failed for another reason (the launch will say why)', async () => {
    const { probe } = fakeProbe({});
    expect(await sandboxOf(chromium, { env: env(), uid: 1000, probe })).toEqual({ on: true, cause: 'works' });
  });

  it('turns it off when asked, and as root (where Chromium refuses it), without trying', async () => {
    const { calls, probe } = fakeProbe({});
    expect(await sandboxOf(chromium, { env: env(), uid: 1000, probe, requested: true })).toEqual({ on: false, cause: 'asked' });
    expect(await sandboxOf(chromium, { env: env(), uid: 0, probe })).toEqual({ on: false, cause: 'root' });
    expect(calls).toEqual([]);
  });

  it('ignores a cache file that is not what it wrote', async () => {
    const e = env();
    const file = sandboxCacheFile(e);
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
    await writeFile(file, '[1,2');
    const { calls, probe } = fakeProbe({ [chromium]: { outcome: 'works' } });
    expect(await sandboxOf(chromium, { env: e, uid: 1000, probe })).toEqual({ on: true, cause: 'works' });
    expect(calls).toHaveLength(1);
  });
});

describe('chooseBrowser: a browser whose sandbox works, if the machine has one', () => {
  const env = () => ({ XDG_CACHE_HOME: path.join(dir, `cache-${Math.random()}`), HOME: dir });
  const refused: ProbeResult = { outcome: 'refused', detail: 'No usable sandbox!' };

  it('takes another browser found on the machine whose sandbox starts', async () => {
    const { probe } = fakeProbe({ [chromium]: refused, [chrome]: { outcome: 'works' } });
    const choice = await chooseBrowser(
      { path: chromium, source: 'system' },
      {
        env: env(),
        uid: 1000,
        probe,
        candidates: async () => [
          { path: chromium, source: 'system' },
          { path: chrome, source: 'system' },
        ],
      },
    );
    expect(choice.browser.path).toBe(chrome);
    expect(choice.sandbox.on).toBe(true);
    expect(choice.insteadOf?.path).toBe(chromium);
  });

  it('keeps the one found, without its sandbox, when no other has one', async () => {
    const { probe } = fakeProbe({ [chromium]: refused, [chrome]: refused });
    const choice = await chooseBrowser({ path: chromium, source: 'system' }, { env: env(), uid: 1000, probe, candidates: async () => [{ path: chrome, source: 'PATH' }] });
    expect(choice).toEqual({ browser: { path: chromium, source: 'system' }, sandbox: { on: false, cause: 'refused', detail: 'No usable sandbox!' } });
  });

  it('never replaces a browser the user named', async () => {
    const { calls, probe } = fakeProbe({ [chromium]: refused, [chrome]: { outcome: 'works' } });
    const choice = await chooseBrowser({ path: chromium, source: 'CHROME_PATH' }, { env: env(), uid: 1000, probe, candidates: async () => [{ path: chrome, source: 'system' }] });
    expect(choice.browser.path).toBe(chromium);
    expect(calls).toEqual([chromium]);
  });
});

describe('noteOnce', () => {
  it('says once a process that PDFs are printed without the sandbox, naming the cause and the fix', () => {
    const said: string[] = [];
    const verdict = { on: false, cause: 'refused' as const, detail: 'No usable sandbox!' };
    noteOnce((l) => said.push(l), chromium, { on: false, cause: 'root' });
    noteOnce((l) => said.push(l), chromium, verdict);
    noteOnce((l) => said.push(l), chromium, verdict);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('No usable sandbox!');
    expect(said[0]).toMatch(/AppArmor/);
    expect(said[0]).toContain('AGENDA_SANDBOX=require');
  });
});
