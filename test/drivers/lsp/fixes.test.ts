/**
 * The fixes diagnostics carry (the did-you-mean as an edit): applied to the
 * source, the finding is gone and nothing new appears.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/pipeline/compile.js';
import type { Diagnostic } from '../../../src/base/diagnostics/diagnostic.js';
import { templateNames } from '../../../src/render/template-names.js';

const options = { templates: templateNames(), today: { year: 2020, month: 1, day: 1 } };

function apply(text: string, d: Diagnostic): string {
  const { span, text: replacement } = d.fix!;
  return text.slice(0, span.start.offset) + replacement + text.slice(span.end.offset);
}

const cases: { name: string; code: string; source: string; fixed: string }[] = [
  { name: 'an unknown key', code: 'key-unknown', source: 'title: Samling\ndate: 2020-01-28\nvenu: Oslo\n', fixed: 'venue: Oslo' },
  { name: 'a language code', code: 'value-unknown', source: 'title: Samling\ndate: 2020-01-28\nlanguage: nbb\n', fixed: 'language: nb' },
  { name: 'a kind', code: 'value-unknown', source: 'title: Samling\ndate: 2020-01-28\nprogramme:\n  - time: 0900\n    title: Pause\n    kind: brek\n', fixed: 'kind: break' },
  { name: 'a template', code: 'template-unknown', source: 'title: Samling\ndate: 2020-01-28\ntemplate: "timetabel"\n', fixed: 'template: timetable' },
  { name: 'a rule id', code: 'rule-unknown', source: 'title: Samling\ndate: 2020-01-28\nrules: { member-dupliate: off }\n', fixed: 'rules: { member-duplicate: off }' },
  {
    name: 'an audience id',
    code: 'audience-undeclared',
    source: 'title: Samling\ndate: 2020-01-28\naudiences:\n  owners: Eiere\nprogramme:\n  - time: 0900\n    title: Møte\n    for: [ownres]\n',
    fixed: 'for: [owners]',
  },
  { name: 'a comment that cuts a title', code: 'yaml-comment', source: 'title: Samling #2\ndate: 2020-01-28\n', fixed: 'title: "Samling #2"' },
  {
    name: 'a weekday next to a date',
    code: 'weekday-mismatch',
    source: 'title: Samling onsdag 28. januar 2020\ndate: 2020-01-28\n',
    fixed: 'title: Samling tirsdag 28. januar 2020',
  },
  {
    name: 'a weekday in a deadline',
    code: 'deadline-weekday',
    source: 'title: Samling\ndate: 2020-01-28\ndeadlines:\n  - { date: 2020-01-17, what: Påmelding innen torsdag, kind: registration }\n',
    fixed: 'what: Påmelding innen fredag',
  },
  {
    name: 'a year typed wrong',
    code: 'date-implausible',
    source: 'title: Samling\ndate: 2020-01-28\ndeadlines:\n  - { date: 14.01.2002, what: Påmelding, kind: registration }\n',
    fixed: 'date: 14.01.2020',
  },
];

describe('fixes', () => {
  for (const c of cases) {
    it(`repair ${c.name} (${c.code})`, () => {
      const source = `---\n${c.source}---\n`;
      const before = checkSource(source, 'a.md', options).diagnostics;
      const finding = before.find((d) => d.code === c.code);
      expect(finding?.fix, JSON.stringify(before)).toBeDefined();
      const after = apply(source, finding!);
      expect(after).toContain(c.fixed);
      const left = checkSource(after, 'a.md', options).diagnostics.map((d) => d.code);
      expect(left).not.toContain(c.code);
      // Nothing new: what is left was there before (an audience now used is no longer unused).
      for (const code of left) expect(before.map((d) => d.code)).toContain(code);
    });
  }

  it('are not offered where the hint names no single replacement', () => {
    const source = '---\ntitle: Samling\ndate: 2020-01-28\nzzzzzz: 1\n---\n';
    const [d] = checkSource(source, 'a.md', options).diagnostics;
    expect(d.code).toBe('key-unknown');
    expect(d.fix).toBeUndefined();
  });
});
