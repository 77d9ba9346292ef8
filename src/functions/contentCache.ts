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

type Rows = readonly (readonly unknown[])[];

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);

/** FNV-1a step. */
function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 16777619);
}

/**
 * Mixes a cell into the hash cheaply: a number by its bits, text by its length and three of its
 * characters. Collisions are harmless (every hit is confirmed cell by cell); hashing whole strings
 * cost more than the rest of the call together.
 */
function mixCell(hash: number, value: unknown): number {
  if (typeof value === "string") {
    const n = value.length;
    const sample =
      n === 0 ? 0 : value.charCodeAt(0) ^ (value.charCodeAt(n >> 1) << 8) ^ (value.charCodeAt(n - 1) << 16);
    return mix(mix(mix(hash, 1), n), sample);
  }
  if (typeof value === "number") {
    FLOAT[0] = value;
    return mix(mix(mix(hash, 2), WORDS[0] ?? 0), WORDS[1] ?? 0);
  }
  return mix(hash, value === true ? 3 : value === false ? 4 : value === null ? 5 : 6);
}

/** The cells a key/value range is read from: each row's width, first cell and last cell. */
function keyValueCells(rows: Rows): unknown[] {
  const cells: unknown[] = [];
  for (const row of rows) cells.push(row.length, row[0], row[row.length - 1]);
  return cells;
}

function hashKeyValueRows(rows: Rows): number {
  let hash = 2166136261;
  for (const row of rows) {
    hash = mix(hash, row.length);
    hash = mixCell(hash, row[0]);
    hash = mixCell(hash, row[row.length - 1]);
  }
  return hash;
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
 * those cells shape the scenario. A cheap numeric hash of them finds the bucket and a cell-by-cell
 * comparison confirms the entry, so a cached call costs two passes over 2 cells a row and no
 * string building (bench/functions.ts).
 */
export class KeyValueRangeCache<V> {
  private readonly entries: ContentCache<{ cells: unknown[]; value: V }[]>;

  constructor(capacity: number) {
    this.entries = new ContentCache(capacity);
  }

  get(rows: Rows, create: () => V): V {
    const bucketKey = String(hashKeyValueRows(rows));
    const bucket = this.entries.get(bucketKey, () => []);
    const found = bucket.find((entry) => sameKeyValueRows(rows, entry.cells));
    if (found) return found.value;
    const value = create();
    bucket.push({ cells: keyValueCells(rows), value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
