import type { ImportResult } from '@/utils/db/import-clippings';
import { type BackupImporter, type BackupPlan, type BilingualText, ImportFailure } from './backup-importer';

/** Library page → import worker. */
export type ImportRequest = { type: 'plan'; file: Blob } | { type: 'commit' };

/** Import worker → library page. */
export type ImportReply =
  | { type: 'planned'; plan: BackupPlan }
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; result: ImportResult }
  | { type: 'failed'; text: BilingualText };

/**
 * The importer that reads, checks and imports in a worker (`import-worker.ts`), so a large
 * backup never freezes the library page; one request at a time, as the import panel asks.
 */
export function workerImporter(): BackupImporter {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const ask = <T>(request: ImportRequest, answer: (reply: ImportReply) => T | undefined, onProgress?: (done: number, total: number) => void) =>
    new Promise<T>((resolve, reject) => {
      const listener = (event: MessageEvent<ImportReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') return onProgress?.(reply.done, reply.total);
        worker.removeEventListener('message', listener);
        worker.removeEventListener('error', crashed);
        if (reply.type === 'failed') return reject(new ImportFailure(reply.text));
        const value = answer(reply);
        if (value === undefined) reject(new Error(`Unexpected reply ${reply.type}`));
        else resolve(value);
      };
      const crashed = (event: ErrorEvent) => {
        worker.removeEventListener('message', listener);
        reject(new ImportFailure({ vi: `Không đọc được tệp (${event.message}).`, en: `The file could not be read (${event.message}).` }));
      };
      worker.addEventListener('message', listener);
      worker.addEventListener('error', crashed, { once: true });
      worker.postMessage(request);
    });
  return {
    plan: (file) => ask({ type: 'plan', file }, (reply) => (reply.type === 'planned' ? reply.plan : undefined)),
    commit: (onProgress) => ask({ type: 'commit' }, (reply) => (reply.type === 'imported' ? reply.result : undefined), onProgress),
    dispose: () => worker.terminate(),
  };
}
