/** Options of {@link timeSlicer}. */
export interface TimeSlicerOptions {
  /** How long one slice of work may run before giving the page a turn (ms, default 12). */
  sliceMs?: number;
  /** Gives the event loop a turn; default a zero-delay timer, which exists in pages, workers and Node. */
  yieldToPage?: () => Promise<void>;
  /** Stops the work at the next slice boundary (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const clock = () => performance.now();

/** A checkpoint for long loops: check `due()` between items; when true, report progress and `await pause()`. */
export interface TimeSlicer {
  /** Whether the current slice has run its time (throws if aborted). */
  due(): boolean;
  /** Gives the page a turn (input, painting), then starts a new slice. */
  pause(): Promise<void>;
}

/** Cuts a long synchronous job into slices of `sliceMs` so the page stays responsive. */
export function timeSlicer({ sliceMs = 12, yieldToPage = macrotask, signal }: TimeSlicerOptions = {}): TimeSlicer {
  let sliceStart = clock();
  return {
    due() {
      signal?.throwIfAborted();
      return clock() - sliceStart >= sliceMs;
    },
    async pause() {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = clock();
    },
  };
}
