import { timeSlicer, type TimeSlicerOptions } from './time-slicer';

/** Options of {@link mapInSlices}. */
export interface SliceOptions extends TimeSlicerOptions {
  /** Items done so far and in all; called before each pause and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * `items.map(fn)` cut into time slices: between items, when the slice has run its time, it
 * reports progress and gives the page a turn, so thousands of items never freeze the page.
 * Aborting the signal rejects at the next slice boundary.
 */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, options: SliceOptions = {}): Promise<R[]> {
  const { onProgress, ...slicing } = options;
  const slicer = timeSlicer(slicing);
  const out: R[] = new Array<R>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (slicer.due()) {
      onProgress?.(i, items.length);
      await slicer.pause();
    }
    out[i] = fn(items[i]!, i);
  }
  onProgress?.(items.length, items.length);
  return out;
}
