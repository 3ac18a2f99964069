/**
 * Starts `job` for every item, in order and as many at a time as there are
 * lanes, and returns each item's result as a promise, so that each test
 * awaits its own while the next jobs already run. A lane holds what one job
 * at a time may use (a copy of the project to build in); `job` gets its lane's.
 */
export function inLanes<T, L, R>(
  items: readonly T[],
  lanes: readonly L[],
  job: (item: T, lane: L) => Promise<R>,
): Promise<R>[] {
  const results = items.map(() => Promise.withResolvers<R>());
  // A failed job fails the test that awaits it, not the whole run (nor a run that filters that test out).
  for (const r of results) r.promise.catch(() => undefined);
  let next = 0;
  const run = async (lane: L) => {
    for (let i = next++; i < items.length; i = next++) {
      const result = job(items[i] as T, lane);
      results[i]?.resolve(result);
      await result.catch(() => undefined);
    }
  };
  for (const lane of lanes.slice(0, items.length)) void run(lane);
  return results.map((r) => r.promise);
}
