/**
 * A small least-recently-used cache keyed by the content of an Excel range. Excel gives every call
 * its own copy of a range argument, so identity cannot be the key; the content can.
 */
export class ContentCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string, create: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      // Re-insert so the entry becomes the most recently used (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const value = create();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * A key that differs whenever a cell's type or value differs: JSON distinguishes 1 from "1",
 * null from "" and keeps row boundaries.
 */
export function contentKey(rows: readonly (readonly unknown[])[], ...extra: unknown[]): string {
  return JSON.stringify([rows, extra]);
}

function cellKey(value: unknown): string {
  if (typeof value === "string") return `s${value}`;
  if (typeof value === "number") return `n${value}`;
  return `o${String(value)}`;
}

/**
 * A key for a range read as keys (first column) and values (last column): only those cells shape
 * the scenario, and reading 2 cells a row instead of serialising labels and units keeps a call
 * that hits the cache ~20× cheaper (bench/functions.ts).
 */
export function keyValueRowsKey(rows: readonly (readonly unknown[])[]): string {
  let key = "";
  for (const row of rows)
    key += `${row.length}\u0000${cellKey(row[0])}\u0000${cellKey(row[row.length - 1])}\n`;
  return key;
}
