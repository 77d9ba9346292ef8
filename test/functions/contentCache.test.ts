import { ContentCache, KeyValueRangeCache } from "../../src/functions/contentCache";

describe("ContentCache", () => {
  it("creates once per key and forgets the least recently used beyond its capacity", () => {
    const cache = new ContentCache<number>(2);
    const create = jest.fn(() => 1);
    cache.get("a", create);
    cache.get("b", create);
    cache.get("a", create); // a is now the most recent
    cache.get("c", create); // evicts b
    expect(create).toHaveBeenCalledTimes(3);
    cache.get("a", create);
    expect(create).toHaveBeenCalledTimes(3);
    cache.get("b", create);
    expect(create).toHaveBeenCalledTimes(4);
    expect(cache.size).toBe(2);
  });
});

describe("KeyValueRangeCache", () => {
  const range = () => [
    ["Key", "Assumption", "Base"],
    ["city.bass.p", "innovation", 0.03],
    ["city.bass.q", "imitation", 0.38],
  ];

  it("finds a fresh copy of the same keys and values, whatever the middle columns hold", () => {
    const cache = new KeyValueRangeCache<string>(4);
    expect(cache.get(range(), () => "first")).toBe("first");
    const relabelled = range();
    relabelled[1]![1] = "another label";
    expect(cache.get(relabelled, () => "second")).toBe("first");
  });

  it("tells apart ranges that differ in a value, a key, a type or a row's width", () => {
    const cache = new KeyValueRangeCache<string>(8);
    cache.get(range(), () => "original");
    const changedValue = range();
    changedValue[2]![2] = 0.39;
    expect(cache.get(changedValue, () => "value")).toBe("value");
    // Same length and the same first, middle and last characters: the hash samples collide, so only
    // the cell-by-cell check keeps the entries apart.
    const changedKey = range();
    changedKey[1]![0] = "city.baXs.p";
    expect(cache.get(changedKey, () => "key")).toBe("key");
    const textValue = range();
    textValue[1]![2] = "0.03";
    expect(cache.get(textValue, () => "text")).toBe("text");
    const narrower = range().map((row) => [row[0], row[2]]);
    expect(cache.get(narrower, () => "narrower")).toBe("narrower");
    expect(cache.get(range(), () => "again")).toBe("original");
  });
});

describe("KeyValueRangeCache under many ranges", () => {
  it("keys by every character: ranges the old three-character sample confused stay apart, and the cache stays bounded", () => {
    const cache = new KeyValueRangeCache<number>(8);
    // Same length, same first, middle and last characters: one bucket under the old sampled hash,
    // which grew without bound.
    const ranges = Array.from({ length: 1000 }, (_, i) => [
      [`k${String(i).padStart(4, "0")}x${String(999 - i).padStart(4, "0")}y`, 1],
    ]);
    ranges.forEach((range, i) => expect(cache.get(range, () => i)).toBe(i));
    expect(cache.size).toBeLessThanOrEqual(8);
    // The most recent ones are still there; the oldest were evicted and are computed again.
    expect(cache.get(structuredClone(ranges[999]!), () => -1)).toBe(999);
    expect(cache.get(structuredClone(ranges[0]!), () => -1)).toBe(-1);
  });
});
