/**
 * The front matter's fences, found in one place for the parser, the
 * checker's body and the language server: what each sees as front matter
 * and body is the same.
 */
import { describe, expect, it } from 'vitest';
import { hasFrontMatter } from '../../src/drivers/lsp/diagnostics.js';
import { frontMatterRange } from '../../src/drivers/lsp/yaml-cursor.js';
import { frontMatterOf, SourceText } from '../../src/parse/source-text.js';

describe('the front matter’s place', () => {
  it('is the YAML between the fences, and the body starts on the line after the closing one', () => {
    const text = '---\ntitle: Samling\ndate: 2020-01-28\n---  \nKom!\n';
    const place = frontMatterOf(text);
    expect(place).toMatchObject({ yamlStart: 4, yaml: 'title: Samling\ndate: 2020-01-28', closeStart: 36, closeEnd: 41, bodyStart: 42 });
    expect(text.slice((place as { bodyStart: number }).bodyStart)).toBe('Kom!\n');
  });

  it('reads Windows line breaks, a byte order mark, and a closing fence at the end of the file', () => {
    expect(frontMatterOf('---\r\ntitle: A\r\n---\r\nKom!')).toMatchObject({ yamlStart: 5, yaml: 'title: A', bodyStart: 20 });
    expect(frontMatterOf('\uFEFF---\ntitle: A\n---')).toMatchObject({ yamlStart: 5, yaml: 'title: A', closeEnd: 17, bodyStart: 17 });
  });

  it('says when the front matter is not closed, or not there', () => {
    expect(frontMatterOf('---\ntitle: A\n')).toBe('unclosed');
    expect(frontMatterOf('title: A\n---\n')).toBeUndefined();
    expect(frontMatterOf(' ---\ntitle: A\n---\n')).toBeUndefined();
  });

  it('is where the language server sees it', () => {
    const lines = ['---', 'title: A', 'date: 2020-01-28', '---', 'Kom!'];
    expect(frontMatterRange(lines)).toEqual({ first: 1, end: 3 });
    expect(frontMatterRange(lines.slice(0, 3))).toEqual({ first: 1, end: 3 });
    expect(frontMatterRange(['# Notat', '---'])).toBeUndefined();
    expect(hasFrontMatter('---\ntitle: A\n')).toBe(true);
    expect(hasFrontMatter('# Notat\n')).toBe(false);
  });

  it('has its lines indexed once, for every position in it', () => {
    const source = new SourceText('---\ntitle: A\n---\nKom!\n', 17);
    expect(source.point(17)).toEqual({ line: 4, column: 1, offset: 17 });
    expect(source.lines.starts).toBe(source.lines.starts);
  });
});
