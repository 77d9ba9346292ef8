/**
 * A least-recently-used cache bounded by the bytes its entries hold rather than by their number:
 * Monte Carlo results range from a few MB to a hundred, so "keep four" either thrashed (a sheet of
 * five seeds ran 115 simulations) or kept 1.5 GB. Entries are added with their size known up
 * front; the oldest are dropped until the new one fits.
 */
export class ByteBudgetCache<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly bytes: number }>();
  private total = 0;

  constructor(readonly budgetBytes: number) {}

  /** The cached value for `key` (now the most recently used), or undefined. */
  get(key: string): V | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  /** Keeps `value`, dropping least recently used entries until the total fits the budget. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.budgetBytes) return; // never kept: callers check their own budget first
    for (const [oldest, entry] of this.entries) {
      if (this.total + bytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
  }

  delete(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.total -= found.bytes;
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
