import { describe, expect, it } from "vitest";
import { sharedBy, unshared } from "./shared-fetch";

function recordingFetch() {
  const calls: number[][] = [];
  const fetch = async (keys: readonly number[]) => {
    calls.push([...keys]);
    if (keys.includes(-1)) throw new Error("bad key");
    return keys.map((k) => ({ id: k }));
  };
  return { calls, fetch };
}

describe("shared fetches", () => {
  it("send the keys of every caller in the same turn of the event loop as one fetch", async () => {
    const { calls, fetch } = recordingFetch();
    const share = sharedBy({});
    const a = share("byId", fetch)([1, 2]);
    const b = share("byId", fetch)([2, 3]);
    const [rowsA, rowsB] = await Promise.all([a, b]);
    expect(calls).toEqual([[1, 2, 3]]);
    // Each caller gets the whole batch and picks its own keys (as DataLoader does).
    expect(rowsA).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect(rowsB).toBe(rowsA);
  });

  it("fetch again in a later turn: nothing is cached", async () => {
    const { calls, fetch } = recordingFetch();
    const shared = sharedBy({})("byId", fetch);
    await shared([1]);
    await shared([1]);
    expect(calls).toEqual([[1], [1]]);
  });

  it("give a failed fetch's error to every caller of the batch", async () => {
    const { fetch } = recordingFetch();
    const shared = sharedBy({})("byId", fetch);
    const results = await Promise.allSettled([shared([1]), shared([-1])]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });

  it("are kept apart by owner and by name", async () => {
    const first = recordingFetch();
    const second = recordingFetch();
    const owner = {};
    await Promise.all([
      sharedBy(owner)("a", first.fetch)([1]),
      sharedBy(owner)("b", second.fetch)([2]),
      sharedBy({})("a", second.fetch)([3]),
    ]);
    expect(first.calls).toEqual([[1]]);
    expect(second.calls.sort()).toEqual([[2], [3]]);
  });

  it("unshared fetches go straight through", async () => {
    const { calls, fetch } = recordingFetch();
    await Promise.all([unshared("byId", fetch)([1]), unshared("byId", fetch)([2])]);
    expect(calls).toEqual([[1], [2]]);
  });
});
