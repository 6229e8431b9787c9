/**
 * Runs at most `max` tasks at once; the others wait their turn in order. Used where each task may
 * take a lot of memory (decoding a 40-megapixel image), so memory is bounded by design. A freed
 * slot is handed straight to the next waiter, so no newcomer can slip in between.
 */
export function concurrencyLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active < max) active++;
    else await new Promise<void>((takeSlot) => waiting.push(takeSlot));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
