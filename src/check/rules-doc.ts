/**
 * docs/rules.md, written from the rule modules themselves: each rule's id,
 * codes (default severity, summary), explanation and its ok / not-ok
 * examples, which the test suite also runs. A test keeps the file equal to
 * this output (UPDATE=1 rewrites it), so the page cannot drift from the code.
 */
import { codesTable } from '../base/diagnostics/codes-doc.js';
import type { Example, Rule } from './rule.js';
import { rules as allRules } from './rules/index.js';

const intro = `# Validator rules

\`agenda check\` parses every source and then runs the rules below over it.
Parse errors (YAML syntax, unknown keys, values of the wrong type, dates and
times that cannot be read) are always errors. A YAML syntax error stops the
file; where only some values are refused (a \`kind: lunch\`, a misspelt key),
the rules still look at the rest, so both are mended in one round. The rules
report every problem they find, each under a permanent code that ends the
printed line:

    test/fixtures/seeds/004.md
      44:15-44:25  error    Session 3 of Gruppe 1 is dated 20.03.2109, 90 years after the file's other dates (around 2018-11-01)  date-implausible
      48:88-48:93  warning  "Sætre" is a member of Gruppe 1 and Gruppe 2  member-duplicate

This page is generated from the rule modules in \`src/check/rules/\`
(\`src/check/rules-doc.ts\`); the examples on it are run by the test suite.

## Severities

Every code has a default severity: \`error\`, \`warning\` or \`off\`. An error
makes \`agenda check\` exit with 1; warnings are printed but pass, unless
there are more of them than \`--max-warnings <n>\` allows (\`--max-warnings 0\`
fails on any warning). A code that is \`off\` is not reported at all.

Severities are set in a \`rules:\` map, keyed by a code (\`member-duplicate\`)
or by a rule's id (\`groups\`, for all its codes at once), in two places:

- the project config, \`agenda.config.yaml\` (found from the current folder
  upwards, or named with \`--config\`), for every source of the project:

  \`\`\`yaml
  rules:
    gaps: error          # every code of the gaps rule
    date-past: off       # an archive of past gatherings
  max-warnings: 10       # the same as --max-warnings 10
  \`\`\`

- a source's own front matter, for that file only; say why in a comment:

  \`\`\`yaml
  rules:
    # Sætre and Tofte are 1–10 schools and belong to two groups on purpose.
    member-duplicate: off
  \`\`\`

The file wins over the project config, and in each a code wins over its
rule's id; what neither sets keeps its default. A key that names no code and
no rule is an error (\`rule-unknown\`), with the nearest id suggested.
\`--today YYYY-MM-DD\` (else \`SOURCE_DATE_EPOCH\`, else the clock) is the
date the date rules count as today.
`;

function fenceFor(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function block(text: string, lang = ''): string {
  const fence = fenceFor(text);
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function example(e: Example, kind: 'ok' | 'not ok'): string {
  const beside = Object.entries(e.images ?? {}).map(([name, bytes]) => `\`${name}\` of ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  const today = (e.today ? ` (with \`--today ${e.today}\`)` : '') + (beside.length ? ` (beside it: ${beside.join(', ')})` : '');
  const parts = [`#### ${kind === 'ok' ? 'OK' : 'Not OK'}: ${e.title}${today}\n\n`, block(e.source, 'markdown')];
  if (kind === 'not ok') {
    const lines = e.expected ?? [];
    parts.push(lines.length ? `\nReports (line:column code message):\n\n${block(lines.join('\n'), 'text')}` : '\nReports nothing of this rule.\n');
  }
  return parts.join('');
}

function rule(r: Rule): string {
  const codes = ['| code | default | what it catches |', '|---|---|---|', ...r.codes.map((c) => `| \`${c.id}\` | ${c.severity} | ${cell(c.summary)} |`)].join('\n');
  return [`## ${r.id}\n`, `${r.explanation}\n`, `${codes}\n`, `### Examples\n`, ...r.ok.map((e) => example(e, 'ok')), ...r.notOk.map((e) => example(e, 'not ok'))].join('\n');
}

const beyondRules = `## Beyond the rules: the config, the project and the build

These codes are not a rule's: they cannot be turned off in \`rules:\`.
\`agenda check\` reports those of the config and of the project (what
rendering will read, and names the outputs would clash on), so that a
source it passes, \`agenda build\` can make; the build adds those of its
own work. An \`environment\` code says the machine, not the sources,
stopped the command: the exit code is then 2.

| stage | codes |
|---|---|
| config | agenda.config.yaml and what it names |
| project | what only the set of sources shows |
| build | making an invitation failed |
| environment | the machine: exit code 2 |

### config

${codesTable(['config'])}
### project

${codesTable(['project'])}
### build

${codesTable(['build'])}
### environment

${codesTable(['environment'])}`;

/** The whole of docs/rules.md. */
export function rulesMarkdown(rules: readonly Rule[] = allRules): string {
  const contents = ['## Rules\n', '| rule | codes |', '|---|---|', ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.codes.map((c) => `\`${c.id}\``).join(', ')} |`)].join('\n');
  return [intro, `${contents}\n`, ...rules.map(rule), beyondRules].join('\n');
}
