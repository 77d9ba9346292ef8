/**
 * `record[key]` only when `key` is the record's own entry. Look-ups keyed by user text go through
 * here (or a `Map`), so "__proto__", "constructor" or "toString" typed into a cell never reach
 * `Object.prototype` and come back as a function or an object instead of "not found".
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
