/** The part of `navigator.storage` this needs; tests hand in a fake. */
export type PersistDeps = Pick<StorageManager, 'persist' | 'persisted'>;

/** What the browser said: already persistent, granted now, refused, or no Storage API. */
export type PersistenceState = 'persisted' | 'granted' | 'denied' | 'unsupported';

/**
 * Asks once that the browser never evicts the clippings under storage pressure (best-effort
 * storage can be cleared silently). Never throws: persistence is a wish, not a requirement.
 */
export async function requestPersistence(storage: PersistDeps | undefined = globalThis.navigator?.storage): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
