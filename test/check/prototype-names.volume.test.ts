/**
 * Every name of Object.prototype at every site of three examples' front
 * matter, and of a config, gives what an ordinary word gives there, and a
 * source that checks clean with one renders. prototype-names.test.ts tries a sample of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { configSitesWrong, prototypeNames, sourceSitesWrong } from './prototype-cases.js';

describe('names of Object.prototype in a source', () => {
  beforeAll(loadMarkdown);

  it('as any key or value, give what an ordinary word gives there, and render when clean', { timeout: 300_000 }, () => {
    expect(sourceSitesWrong(() => prototypeNames)).toEqual([]);
  });
});

describe('names of Object.prototype in the config', () => {
  it('as any key or value, give what an ordinary word gives there, and the sources are checked', { timeout: 120_000 }, () => {
    expect(configSitesWrong(() => prototypeNames)).toEqual([]);
  });
});
