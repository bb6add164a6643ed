/** `n` overlap errors in one file, one a line: more than a report can spread onto the call stack when `n` is 150,000. */
export function findings(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    code: 'overlap' as const,
    severity: 'error' as const,
    file: 'x.md',
    message: `m${i}`,
    span: { start: { line: i + 1, column: 1, offset: i }, end: { line: i + 1, column: 2, offset: i + 1 } },
  }));
}
