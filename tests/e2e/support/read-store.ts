import type { Page } from 'playwright-core';

/** Every row of one store of the extension's database (none when the store does not exist), read from an extension page. */
export function readStore(page: Page, store: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    (name) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('trich-bao');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return done([]);
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            done(request.result as Array<Record<string, unknown>>);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}
