/** Options for {@link watchMutations}. */
export interface WatchOptions {
  signal: AbortSignal;
  /** Records whose nodes all match this are the extension's own and are ignored. */
  isOwnNode?: (node: Node) => boolean;
  /** Longest wait for a frame, in ms (hidden tabs get no frames). */
  maxWaitMs?: number;
}

/** A running watch. */
export interface MutationWatch {
  stop(): void;
  /** Drops records not yet delivered: called right after the extension changed the page itself. */
  discard(): void;
}

function relevant(r: MutationRecord, isOwn: ((node: Node) => boolean) | undefined): boolean {
  if (!isOwn) return true;
  if (r.addedNodes.length === 0 && r.removedNodes.length === 0) return !isOwn(r.target);
  for (const n of r.addedNodes) if (!isOwn(n)) return true;
  for (const n of r.removedNodes) if (!isOwn(n)) return true;
  return false;
}

/**
 * Hands the page's changes under `target` to `onBatch`, once per animation frame at most: a
 * burst of mutations (infinite scroll appending one node at a time) gives one batch. Text
 * changes and child lists count, attribute changes do not. Stops when `signal` aborts.
 */
export function watchMutations(target: Node, onBatch: (records: MutationRecord[]) => void, options: WatchOptions): MutationWatch {
  const view = target.ownerDocument?.defaultView ?? null;
  let queued: MutationRecord[] = [];
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = timer = undefined;
  };
  const flush = () => {
    cancel();
    const batch = queued;
    queued = [];
    if (batch.length > 0 && !options.signal.aborted) onBatch(batch);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) if (relevant(r, options.isOwnNode)) queued.push(r);
    if (queued.length === 0 || timer !== undefined) return;
    if (typeof view?.requestAnimationFrame === 'function') frame = view.requestAnimationFrame(flush);
    timer = setTimeout(flush, frame === undefined ? 0 : (options.maxWaitMs ?? 250));
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    cancel();
    queued = [];
  };
  options.signal.addEventListener('abort', stop, { once: true });
  return {
    stop,
    discard: () => void observer.takeRecords(),
  };
}
