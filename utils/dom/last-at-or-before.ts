/**
 * Last position in `values[from, to)` (sorted ascending) whose value is at or before `x`, or
 * `from - 1` when none is: the one binary search behind every offset → node and offset →
 * mention lookup.
 */
export function lastAtOrBefore(values: ArrayLike<number>, x: number, from = 0, to = values.length): number {
  let lo = from;
  let hi = to - 1;
  let found = from - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** {@link lastAtOrBefore} over items sorted by `start`: the last one starting at or before `x`, or -1. */
export function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
