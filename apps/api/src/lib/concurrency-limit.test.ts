import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./concurrency-limit";

describe("concurrencyLimit", () => {
  it("never runs more than its limit at once, runs everything, in order, and survives failures", async () => {
    const limit = concurrencyLimit(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + (i % 3)));
      running--;
      if (i === 3) throw new Error("task 3 fails");
      return i;
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => limit(task(i))));
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(9);
    expect(results[3]).toMatchObject({ status: "rejected" });
  });
});
