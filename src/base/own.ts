/**
 * A table's own entry for a key that came from the user's text, or
 * undefined: never a property of Object.prototype. `table["constructor"]`
 * on a plain object is Object's constructor function, not "no entry"; a
 * source or a config naming `constructor`, `__proto__` or `toString` must
 * get what any other unknown word gets.
 */
export function own<T>(table: Readonly<Partial<Record<string, T>>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
