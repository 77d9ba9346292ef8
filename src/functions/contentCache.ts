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

  /** The entry for `key` without creating one or changing the order. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Stores `value` for `key` (replacing any), evicting the least recently used beyond capacity. */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
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

type Rows = readonly (readonly unknown[])[];

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);

/**
 * A 53-bit hash of a stream of cells (cyrb53: two 32-bit multiply-xor lanes). Every character of
 * every string is mixed in: the earlier hash sampled three characters of each string, so ranges
 * differing elsewhere collided by design, and colliding entries piled up in one bucket unbounded.
 */
class CellHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  private word(value: number): void {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ value, 1597334677);
  }

  cell(value: unknown): void {
    if (typeof value === "string") {
      this.word(1);
      this.word(value.length);
      for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
    } else if (typeof value === "number") {
      FLOAT[0] = value;
      this.word(2);
      this.word(WORDS[0] ?? 0);
      this.word(WORDS[1] ?? 0);
    } else {
      this.word(value === true ? 3 : value === false ? 4 : value === null ? 5 : 6);
    }
  }

  digest(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/** The cells a key/value range is read from: each row's width, first cell and last cell. */
function keyValueCells(rows: Rows): unknown[] {
  const cells: unknown[] = [];
  for (const row of rows) cells.push(row.length, row[0], row[row.length - 1]);
  return cells;
}

function hashKeyValueRows(rows: Rows): number {
  const hash = new CellHash();
  for (const row of rows) {
    hash.cell(row.length);
    hash.cell(row[0]);
    hash.cell(row[row.length - 1]);
  }
  return hash.digest();
}

function sameKeyValueRows(rows: Rows, cells: readonly unknown[]): boolean {
  if (cells.length !== rows.length * 3) return false;
  return rows.every(
    (row, i) =>
      Object.is(cells[3 * i], row.length) &&
      Object.is(cells[3 * i + 1], row[0]) &&
      Object.is(cells[3 * i + 2], row[row.length - 1]),
  );
}

/**
 * A cache for ranges read as keys (first column) and values (last column), such as GC_BASE: only
 * those cells shape the scenario. A 53-bit hash of all of them is the key, and a cell-by-cell
 * comparison confirms the entry; a range whose hash collides with a different one replaces it, so
 * the cache never holds more than `capacity` entries (bench/functions.ts measures the cost).
 */
export class KeyValueRangeCache<V> {
  private readonly entries: ContentCache<{ cells: unknown[]; value: V }>;

  constructor(capacity: number) {
    this.entries = new ContentCache(capacity);
  }

  get(rows: Rows, create: () => V): V {
    const key = String(hashKeyValueRows(rows));
    const found = this.entries.peek(key);
    if (found && sameKeyValueRows(rows, found.cells)) return this.entries.get(key, () => found).value;
    const entry = { cells: keyValueCells(rows), value: create() };
    this.entries.set(key, entry);
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
