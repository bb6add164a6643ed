import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { allowedAt } from '../../src/model/schema-at.js';
import { FrontMatter } from '../../src/model/schema.js';
import { ConfigSchema } from '../../src/model/config-schema.js';
import { configSitesWrong, prototypeNames, type Site, sourceSitesWrong } from './prototype-cases.js';

/**
 * At every third site one of the names, in turn, so that every name is tried at a few sites (the 84 sites of the
 * three examples give each of the 12 names two or three), and a key __proto__ at every map (the one name refused):
 * prototype-names.volume.test.ts tries every name at every site.
 */
const rotating = (i: number, site: Site) => [
  ...new Set([...(i % 3 === 0 ? [prototypeNames[(i / 3) % prototypeNames.length]] : []), ...(site.kind === 'key' ? ['__proto__'] : [])]),
];

describe('names of Object.prototype in a source', () => {
  beforeAll(loadMarkdown);

  it('as any key or value, give what an ordinary word gives there, and render when clean', () => {
    expect(sourceSitesWrong(rotating)).toEqual([]);
  });
});

describe('names of Object.prototype in the config', () => {
  it('as any key or value, give what an ordinary word gives there, and the sources are checked', () => {
    expect(configSitesWrong(rotating)).toEqual([]);
  });
});

describe('names of Object.prototype in the schema walk the editor completes from', () => {
  it('find nothing allowed under them, as under any unknown key', () => {
    for (const word of prototypeNames) {
      expect(allowedAt(FrontMatter, [word]), word).toEqual({ keys: [], values: [], namedKeys: false });
      expect(allowedAt(FrontMatter, ['venue', word, 'x']), word).toEqual({ keys: [], values: [], namedKeys: false });
      expect(allowedAt(ConfigSchema, ['branding', word]), word).toEqual({ keys: [], values: [], namedKeys: false });
    }
  });
});
