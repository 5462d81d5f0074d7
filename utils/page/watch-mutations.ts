/** Options for {@link watchMutations}. */
export interface WatchOptions {
  /** Minimum time between two callbacks, in ms: a burst of mutations gives one call. */
  throttleMs: number;
  signal: AbortSignal;
  /** Mutations whose nodes all match this are the extension's own and are ignored. */
  isOwnNode?: (node: Node) => boolean;
}

/**
 * Calls `onChange` after the subtree of `target` changes, at most once per `throttleMs`,
 * until `signal` aborts. Character data changes count, attribute changes do not.
 */
export function watchMutations(target: Node, onChange: () => void, options: WatchOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const fire = () => {
    timer = undefined;
    last = Date.now();
    onChange();
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => {
      if (!options.isOwnNode) return true;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return nodes.length === 0 ? !options.isOwnNode(r.target) : nodes.some((n) => !options.isOwnNode!(n));
    });
    if (!relevant || timer !== undefined) return;
    timer = setTimeout(fire, Math.max(0, last + options.throttleMs - Date.now()));
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  options.signal.addEventListener('abort', stop, { once: true });
  return stop;
}
